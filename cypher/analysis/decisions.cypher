// Every pair with a decision in force (the run excludes rejected, unchanged pairs; learning reads
// them as labels). A pair whose decisions were all undone is open again and not listed.
MATCH (d:Decision)
WHERE d.decision IS NOT NULL
RETURN d {.*} AS decision
