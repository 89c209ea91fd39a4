// A new project; the uniqueness constraint on id turns a duplicate into an error.
CREATE (p:Project)
SET p = $props, p.addedAt = datetime()
RETURN p {.*} AS project
