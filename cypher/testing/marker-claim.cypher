// Marks the database as the test database of one checkout.
MERGE (m:DiagonalTestMarker {owner: $owner})
ON CREATE SET m.claimedAt = datetime()
