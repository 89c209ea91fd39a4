// The first step of deciding a pair again or undoing its latest decision: takes the write lock on
// the pair's Decision (see lock-suggestion-decision). No row: the pair was never decided.
MATCH (d:Decision {pairKey: $pairKey})
SET d.lockToken = $token
RETURN d.pairKey AS pairKey
