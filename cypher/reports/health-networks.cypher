// Every network with its name, its degree (partners, themes, outcomes and collaborations, from the
// store's degree counts) and the themes it addresses, as parallel lists in one record: tens of
// thousands of networks then cost one record instead of one each.
MATCH (p:Project)
RETURN collect(p.id) AS ids, collect(p.name) AS names,
       collect(COUNT { (p)-[:PARTICIPATES_IN|ADDRESSES|PRODUCED|COLLABORATES_WITH]-() }) AS degrees,
       collect(COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id }) AS themes
