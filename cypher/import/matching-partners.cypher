// Stored partners that may be the same organisation as an imported one: same id, enterprise
// number or normalised name key. `filled` lists the properties that hold a value, so a merged
// row only adds what the stored partner lacks.
CALL () {
  UNWIND $ids AS id MATCH (p:Partner {id: id}) RETURN p
  UNION
  UNWIND $enterpriseNumbers AS number MATCH (p:Partner {enterpriseNumber: number}) RETURN p
  UNION
  UNWIND $nameKeys AS key MATCH (p:Partner {nameKey: key}) RETURN p
}
RETURN p.id AS id, p.enterpriseNumber AS enterpriseNumber, p.nameKey AS nameKey, [k IN keys(p) WHERE p[k] IS NOT NULL] AS filled
