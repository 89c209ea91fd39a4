// How many nodes the streamed graph export holds (see graph-nodes): whether to lay it out here.
RETURN COUNT { (:Theme) } + COUNT { (p:Project) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses }
     + COUNT { (pa:Partner) WHERE size($hiddenStatuses) = 0 OR EXISTS { (pa)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses } }
     + COUNT { (o:Outcome) WHERE size($hiddenStatuses) = 0 OR EXISTS { (p:Project)-[:PRODUCED]->(o) WHERE NOT coalesce(p.status, 'active') IN $hiddenStatuses } } AS n
