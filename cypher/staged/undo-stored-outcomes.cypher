// Undoes one batch of a staged import's MERGEs on stored outcomes: properties, producing project
// and themes as before.
MATCH (u:ImportUndo {importJob: $job, importSeq: $seq})
MATCH (n:Outcome {id: u.importKey})
CALL (n) { MATCH (n)<-[r:PRODUCED]-() DELETE r }
CALL (n) { MATCH (n)-[r:ABOUT]->() DELETE r }
CALL (n, u) { UNWIND u.importProducedBy AS pid MATCH (p:Project {id: pid}) CREATE (p)-[:PRODUCED]->(n) }
CALL (n, u) { UNWIND u.importAbout AS tid MATCH (t:Theme {id: tid}) CREATE (n)-[:ABOUT]->(t) }
SET n = properties(u)
REMOVE n.importJob, n.importSeq, n.importKind, n.importKey, n.importProducedBy, n.importAbout
DELETE u
