// How many rows of each entity are stored: a sync that would remove more than a share of any of
// them asks for a confirmation.
RETURN COUNT { (:Theme) } AS themes, COUNT { (:Project) } AS projects, COUNT { (:Partner) } AS partners,
       COUNT { (:Outcome) } AS outcomes, COUNT { (:Project)-[:ADDRESSES]->(:Theme) } AS projectThemes,
       COUNT { (:Partner)-[:PARTICIPATES_IN]->(:Project) } AS participations,
       COUNT { (:Project)-[:COLLABORATES_WITH]->(:Project) } AS collaborations
