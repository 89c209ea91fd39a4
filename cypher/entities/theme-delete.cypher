// Deletes a theme and its ADDRESSES/ABOUT relationships.
MATCH (t:Theme {id: $id})
DETACH DELETE t
RETURN count(*) AS deleted
