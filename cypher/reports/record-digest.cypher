// Records a newsletter digest that was made: when, by whom, and from which moment it counted what
// is new ($since: the moment, or the analysis run, it was given). The next digest without `since`
// starts at $madeAt.
CREATE (d:DigestIssue {madeAt: datetime($madeAt), by: $by, since: $since, lang: $lang, format: $format})
RETURN toString(d.madeAt) AS madeAt
