// A database as written before partner aliases were records: $partners partners, every $every-th of
// them carrying an `aliases` list of two ids an import merged into it (the migration's input).
UNWIND range(0, $partners - 1) AS i
CREATE (p:Partner {id: 'org-' + i, name: 'Organisation ' + i})
WITH p, i WHERE i % $every = 0
SET p.aliases = ['org-' + i + '-a', 'org-' + i + '-b']
