// What tells one organisation from another, for every stored partner (the duplicate finder's
// input): records of up to 200 rows [id, name, website, enterpriseNumber].
MATCH (p:Partner)
WITH p ORDER BY p.id
WITH collect([p.id, p.name, p.website, p.enterpriseNumber]) AS xs
UNWIND range(0, size(xs) - 1, 200) AS i
RETURN xs[i..i + 200] AS rows
