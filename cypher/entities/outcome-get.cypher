// An outcome with the project that produced it and the themes it is about.
MATCH (p:Project)-[:PRODUCED]->(o:Outcome {id: $id})
WHERE NOT coalesce(p.status, '') IN $hiddenStatuses
CALL (o) {
  OPTIONAL MATCH (o)-[:ABOUT]->(t:Theme)
  WITH t ORDER BY t.id
  RETURN collect(t {.id, .nameNl, .nameEn}) AS themes
}
RETURN o {.*, project: p.id, themes: [t IN themes | t.id]} AS outcome, p {.id, .name, .status} AS project, themes
