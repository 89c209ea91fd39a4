// A new partner; the uniqueness constraint on id turns a duplicate into an error.
CREATE (pa:Partner)
SET pa = $props
RETURN pa {.*} AS partner
