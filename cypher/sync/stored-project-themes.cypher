// Every stored project–theme link (a sync compares them with the file's).
MATCH (p:Project)-[:ADDRESSES]->(t:Theme)
RETURN p.id AS project, t.id AS theme
