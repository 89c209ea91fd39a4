// Projects among $ids that hold a collaboration made by accepting a suggestion: a sync keeps them
// (and so the collaboration), whatever the file says.
UNWIND $ids AS id
MATCH (p:Project {id: id})-[:COLLABORATES_WITH {source: 'suggestion'}]-(:Project)
RETURN DISTINCT p.id AS id
