// Which of the ids an import names are already stored, one index lookup per id and label.
UNWIND $themes AS id MATCH (n:Theme {id: id}) RETURN 'themes' AS entity, n.id AS id
UNION ALL
UNWIND $projects AS id MATCH (n:Project {id: id}) RETURN 'projects' AS entity, n.id AS id
UNION ALL
UNWIND $partners AS id MATCH (n:Partner {id: id}) RETURN 'partners' AS entity, n.id AS id
UNION ALL
UNWIND $outcomes AS id MATCH (n:Outcome {id: id}) RETURN 'outcomes' AS entity, n.id AS id
