// The ids of one network's own partners (a letter never offers them as brokers to talk to).
MATCH (r:Partner)-[:PARTICIPATES_IN]->(:Project {id: $id})
RETURN collect(r.id) AS ids
