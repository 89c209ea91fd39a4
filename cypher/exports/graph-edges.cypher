// The relationships of the streamed graph export between nodes the reader may see (see
// graph-nodes): a network with a status in $hiddenStatuses takes its edges with it. One record
// per network and one per outcome: [type, id, themes, partners, outcomes, collaborations], each a
// list of the other ends' ids with the relationship's properties — ADDRESSES (a network's theme,
// or an outcome's theme: ABOUT) [themeId, weight]; PARTICIPATES_IN [partnerId, role]; PRODUCED
// outcomeId; COLLABORATES_WITH [projectId, since, source]. The record's own node is named once and
// the keys are made by the client: far fewer values to read than one list of five per edge.
MATCH (p:Project)
WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses
WITH p,
  COLLECT { MATCH (p)-[r:ADDRESSES]->(t:Theme) RETURN [t.id, coalesce(r.weight, 1.0)] } AS themes,
  COLLECT { MATCH (pa:Partner)-[r:PARTICIPATES_IN]->(p) RETURN [pa.id, coalesce(r.role, 'partner')] } AS partners,
  COLLECT { MATCH (p)-[:PRODUCED]->(o:Outcome) RETURN o.id } AS outcomes,
  COLLECT { MATCH (p)-[r:COLLABORATES_WITH]->(q:Project) WHERE NOT coalesce(q.status, 'active') IN $hiddenStatuses
            RETURN [q.id, toString(r.since), r.source] } AS collaborations
WHERE size(themes) + size(partners) + size(outcomes) + size(collaborations) > 0
RETURN 'project' AS type, p.id AS id, themes, partners, outcomes, collaborations
UNION ALL
MATCH (o:Outcome)
WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
WITH o, COLLECT { MATCH (o)-[:ABOUT]->(t:Theme) RETURN [t.id, null] } AS themes
WHERE size(themes) > 0
RETURN 'outcome' AS type, o.id AS id, themes, [] AS partners, [] AS outcomes, [] AS collaborations
