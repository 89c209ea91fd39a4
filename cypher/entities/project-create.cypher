// A new project; the uniqueness constraint on id turns a duplicate into an error.
CREATE (p:Project)
SET p = $props
RETURN p {.*} AS project
