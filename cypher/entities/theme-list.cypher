// One page of themes matching the filters, and how many match in all.
MATCH (t:Theme)
WHERE $q IS NULL OR toLower(t.nameNl) CONTAINS toLower($q) OR toLower(t.nameEn) CONTAINS toLower($q)
WITH t ORDER BY CASE WHEN $desc THEN t[$sort] END DESC, CASE WHEN $desc THEN NULL ELSE t[$sort] END, t.id
WITH collect(t) AS matched
RETURN size(matched) AS total, [t IN matched[$offset..($offset + $limit)] | t {.*}] AS items
