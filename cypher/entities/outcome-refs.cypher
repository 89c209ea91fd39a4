// Whether an outcome's project exists and which of its themes do not.
OPTIONAL MATCH (p:Project {id: $project})
RETURN p IS NOT NULL AS projectExists,
       [t IN $themes WHERE NOT EXISTS { MATCH (:Theme {id: t}) }] AS missingThemes
