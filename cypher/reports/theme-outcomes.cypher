// Outcomes about one theme with the network that produced each (the theme report's outcome table),
// newest first. Not outcomes only networks with a status in $hiddenStatuses produced, and the
// network named is one the reader may see.
MATCH (:Theme {id: $themeId})<-[:ABOUT]-(o:Outcome)
WITH o, COLLECT { MATCH (p:Project)-[:PRODUCED]->(o) RETURN p ORDER BY p.id } AS producers
WITH o, producers, [p IN producers WHERE NOT coalesce(p.status, '') IN $hiddenStatuses] AS visible
WHERE size(producers) = 0 OR size(visible) > 0
RETURN o.id AS id, o.title AS title, o.kind AS kind, toString(o.date) AS date, visible[0].name AS project
ORDER BY date DESC, id
