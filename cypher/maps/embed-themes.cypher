// The themes whose maps are built ahead when a run completes: those with the most networks first
// (the count comes from each theme's relationship degree, not from walking its networks).
MATCH (t:Theme)
WITH t, COUNT { (t)<-[:ADDRESSES]-() } AS networks
ORDER BY networks DESC, t.id
LIMIT $limit
RETURN t.id AS id
