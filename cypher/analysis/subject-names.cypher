// The names of an opportunity's subjects (networks, partners, themes, outcomes), so a coordinator
// reads names, not ids: each {type, id} with its name in Dutch and English (the same for all but
// themes). A subject removed since the run has no row.
UNWIND $subjects AS subject
CALL (subject) {
  MATCH (n:Project {id: subject.id}) WHERE subject.type = 'project' RETURN n.name AS nameNl, n.name AS nameEn
  UNION
  MATCH (n:Partner {id: subject.id}) WHERE subject.type = 'partner' RETURN n.name AS nameNl, n.name AS nameEn
  UNION
  MATCH (n:Theme {id: subject.id}) WHERE subject.type = 'theme' RETURN n.nameNl AS nameNl, n.nameEn AS nameEn
  UNION
  MATCH (n:Outcome {id: subject.id}) WHERE subject.type = 'outcome' RETURN n.title AS nameNl, n.title AS nameEn
}
RETURN subject.type AS type, subject.id AS id, nameNl, nameEn
