// Replaces a theme's properties with the validated, merged ones.
MATCH (t:Theme {id: $id})
SET t = $props
RETURN t {.*} AS theme
