// A staged import's status ('staging' or 'committed'), or no row once its journal is gone. Asked
// when the last transaction's answer was lost: a committed import is final, never undone.
MATCH (j:ImportJob {id: $id})
RETURN j.status AS status
