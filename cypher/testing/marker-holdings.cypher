// Who claims this database for its tests, and how much else it holds.
OPTIONAL MATCH (m:DiagonalTestMarker)
WITH collect(DISTINCT m.owner) AS owners
CALL () {
  MATCH (n) WHERE NOT n:DiagonalTestMarker
  RETURN count(n) AS unmarked
}
RETURN owners, unmarked
