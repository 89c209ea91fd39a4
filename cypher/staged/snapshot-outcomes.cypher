// Before a batch of MERGEs on stored outcomes, in the same transaction: each outcome's properties,
// the project that produced it and the themes it is about, so an undo restores them exactly.
UNWIND $ids AS id
MATCH (n:Outcome {id: id})
CREATE (u:ImportUndo)
SET u = properties(n), u.importJob = $job, u.importSeq = $seq, u.importKind = 'stored-outcomes', u.importKey = n.id,
    u.importProducedBy = [(p:Project)-[:PRODUCED]->(n) | p.id], u.importAbout = [(n)-[:ABOUT]->(t:Theme) | t.id]
