// Every relationship that goes with the nodes a sync removes (each once), so the dry run lists them.
UNWIND $nodes AS node
CALL (node) {
  MATCH (n:Theme {id: node.id}) WHERE node.label = 'Theme' RETURN n
  UNION MATCH (n:Project {id: node.id}) WHERE node.label = 'Project' RETURN n
  UNION MATCH (n:Partner {id: node.id}) WHERE node.label = 'Partner' RETURN n
  UNION MATCH (n:Outcome {id: node.id}) WHERE node.label = 'Outcome' RETURN n
}
MATCH (n)-[r]-()
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
ORDER BY type, from, to
