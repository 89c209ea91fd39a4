// Replaces a project's properties with the validated, merged ones.
MATCH (p:Project {id: $id})
SET p = $props
RETURN p {.*} AS project
