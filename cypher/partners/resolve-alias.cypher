// The partner an id stands for: itself when stored, the partner it was merged into when it is an
// alias and that partner is still stored (an alias of a deleted partner stands for nothing; of two
// records of one id, the one whose partner is stored counts).
OPTIONAL MATCH (p:Partner {id: $id})
OPTIONAL MATCH (a:MergedPartner {id: $id})
OPTIONAL MATCH (k:Partner {id: a.mergedInto})
RETURN p IS NOT NULL AS stored, head(collect(k.id)) AS mergedInto
