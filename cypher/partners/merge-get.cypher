// One merge with what an undo needs to be possible: is the retired partner still retired by it,
// is the kept one still a partner, and is the dropped id still free.
MATCH (m:PartnerMerge {id: $mergeId})
RETURN m {.*} AS merge,
  EXISTS { MATCH (d:MergedPartner {id: m.drop}) WHERE d.mergeId = m.id } AS retired,
  EXISTS { MATCH (:Partner {id: m.keep}) } AS keepStored,
  EXISTS { MATCH (:Partner {id: m.drop}) } AS dropTaken
