// Deletes a partner and its participations.
MATCH (pa:Partner {id: $id})
DETACH DELETE pa
RETURN count(*) AS deleted
