// The partner an id stands for: itself when stored, the partner it was merged into when it is an alias.
OPTIONAL MATCH (p:Partner {id: $id})
OPTIONAL MATCH (a:MergedPartner {id: $id})
RETURN p IS NOT NULL AS stored, a.mergedInto AS mergedInto
