// A new theme; the uniqueness constraint on id turns a duplicate into an error.
CREATE (t:Theme)
SET t = $props
RETURN t {.*} AS theme
