// Empties the test database, keeping its marker.
MATCH (n) WHERE NOT n:DiagonalTestMarker
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
