// The latest merges, newest first (the workspace's undo list).
MATCH (m:PartnerMerge)
WITH m ORDER BY m.at DESC, m.id LIMIT toInteger($limit)
RETURN m {.*} AS merge
