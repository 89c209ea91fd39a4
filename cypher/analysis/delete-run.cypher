// Removes an unfinished run node and its IN_COMMUNITY relationships (its results are gone already).
MATCH (r:AnalysisRun {id: $id, status: 'writing'})
DETACH DELETE r
RETURN count(*) AS deleted
