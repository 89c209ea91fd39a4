// Creates or updates one batch of project–theme links (ADDRESSES with its weight).
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MATCH (t:Theme {id: row.theme})
MERGE (p)-[r:ADDRESSES]->(t)
SET r += row.props
