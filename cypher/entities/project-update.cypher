// Replaces a project's properties with the validated, merged ones.
// addedAt (when Diagonal first stored it) is kept.
MATCH (p:Project {id: $id})
WITH p, p.addedAt AS addedAt
SET p = $props, p.addedAt = addedAt
RETURN p {.*} AS project
