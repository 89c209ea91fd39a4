// Replaces a partner's properties with the validated, merged ones.
MATCH (pa:Partner {id: $id})
SET pa = $props
RETURN pa {.*} AS partner
