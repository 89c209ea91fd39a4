// Opportunities of one run about one project, of the given kinds. Subjects are stored as a JSON
// string, so the project is matched by its exact JSON entry ($subject, e.g. {"type":"project","id":"p1"}).
MATCH (o:Opportunity {runId: $runId})
WHERE o.kind IN $kinds AND o.subjects CONTAINS $subject
RETURN o {.*} AS opportunity
ORDER BY o.score DESC, o.key
