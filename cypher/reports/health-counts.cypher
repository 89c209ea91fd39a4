// How many networks, partners, themes, outcomes, confirmed collaborations and participations the
// graph holds (the health report's overview), counted by the database rather than read node by node.
RETURN COUNT { (:Project) } AS projects, COUNT { (:Partner) } AS partners, COUNT { (:Theme) } AS themes,
       COUNT { (:Outcome) } AS outcomes, COUNT { (:Project)-[:COLLABORATES_WITH]->(:Project) } AS collaborations,
       COUNT { (:Partner)-[:PARTICIPATES_IN]->(:Project) } AS participations
