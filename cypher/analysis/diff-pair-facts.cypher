// What the run diff says about the pairs it lists: each network's name and whether it ended between
// the two runs ($from, $to): completed or stopped, or the last day of its end period before $to,
// and not already past its end at $from (a stored end is the first day of its period plus its
// precision); and which dropped pairs now collaborate. A network missing from the rows was removed.
CALL () {
  UNWIND $projects AS pid
  MATCH (p:Project {id: pid})
  WITH p, CASE p.endPrecision WHEN 'year' THEN p.end + duration('P1Y') - duration('P1D')
                             WHEN 'month' THEN p.end + duration('P1M') - duration('P1D')
                             ELSE p.end END AS lastDay
  WITH p, (lastDay IS NOT NULL AND lastDay < date(datetime($from))) AS endedBefore,
       (p.status IN ['completed', 'stopped'] OR (lastDay IS NOT NULL AND lastDay < date(datetime($to)))) AS endedBy
  RETURN collect([p.id, coalesce(p.name, p.id), endedBy AND NOT endedBefore]) AS projects
}
CALL () {
  UNWIND $pairs AS pair
  // pair: [pairKey, a, b]
  MATCH (:Project {id: pair[1]})-[:COLLABORATES_WITH]-(:Project {id: pair[2]})
  RETURN collect(DISTINCT pair[0]) AS collaborating
}
RETURN projects, collaborating
