// Outcomes about one theme with the network that produced each (the theme report's outcome table),
// newest first.
MATCH (:Theme {id: $themeId})<-[:ABOUT]-(o:Outcome)
RETURN o.id AS id, o.title AS title, o.kind AS kind, toString(o.date) AS date,
       COLLECT { MATCH (p:Project)-[:PRODUCED]->(o) RETURN p.name AS name ORDER BY p.id LIMIT 1 }[0] AS project
ORDER BY date DESC, id
