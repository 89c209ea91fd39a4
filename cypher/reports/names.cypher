// Display names of projects, outcomes and partners by id (ids of different types may repeat).
CALL () {
  UNWIND $projects AS id MATCH (n:Project {id: id}) RETURN 'project' AS type, n.id AS id, n.name AS name, n.status AS status
  UNION ALL
  UNWIND $outcomes AS id MATCH (n:Outcome {id: id}) RETURN 'outcome' AS type, n.id AS id, n.title AS name, null AS status
  UNION ALL
  UNWIND $partners AS id MATCH (n:Partner {id: id}) RETURN 'partner' AS type, n.id AS id, n.name AS name, null AS status
}
RETURN type, id, name, status
