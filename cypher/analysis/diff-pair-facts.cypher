// What the run diff says about the pairs it lists: each network's name and whether it had ended by
// $at (status completed or stopped, or the last day of its end period before then; a stored end is
// the first day of its period plus its precision), and which dropped pairs now collaborate. A
// network missing from the rows was removed.
CALL () {
  UNWIND $projects AS pid
  MATCH (p:Project {id: pid})
  WITH p, CASE p.endPrecision WHEN 'year' THEN p.end + duration('P1Y') - duration('P1D')
                             WHEN 'month' THEN p.end + duration('P1M') - duration('P1D')
                             ELSE p.end END AS lastDay
  RETURN collect([p.id, coalesce(p.name, p.id), p.status IN ['completed', 'stopped'] OR (lastDay IS NOT NULL AND lastDay < date(datetime($at)))]) AS projects
}
CALL () {
  UNWIND $pairs AS pair
  MATCH (:Project {id: pair[0]})-[:COLLABORATES_WITH]-(:Project {id: pair[1]})
  RETURN collect(DISTINCT pair[0] + '|' + pair[1]) AS collaborating
}
RETURN projects, collaborating
