// Creates one batch of project–theme links whose project or theme is new in this import.
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MATCH (t:Theme {id: row.theme})
CREATE (p)-[r:ADDRESSES]->(t)
SET r += row.props
