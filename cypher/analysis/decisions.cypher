// Every decision taken on a suggested pair (the run excludes rejected, unchanged pairs).
MATCH (d:Decision)
RETURN d {.*} AS decision
