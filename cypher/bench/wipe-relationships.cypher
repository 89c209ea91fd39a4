// Empties the database, step 1: relationships in batches, so that no batch has to detach a node
// with tens of thousands of relationships (a theme, an analysis run) at once.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
