// The partner ranker's view of who will join a network, as input to the network ranker: a network
// the new one will learn from is one it shares partners with, so the best estimate of who joins
// (the partner model) says which existing networks it will share partners with (stacking, Wolpert
// 1992). Each partner candidate's chance is the logistic of its partner-ranker score; the query's
// current partners are not left out, so a network described from scratch and the same network stored
// as a project get the same chances.
import type { CandidateScorer, NetworkQuery } from "./candidates.ts";
import { rankerScores, type Ranker } from "./learned-ranker.ts";

/** Partner index → chance to join the network of query q, for the partner ranker's candidates. */
export function joinChances(scorer: CandidateScorer, partners: Ranker, q: NetworkQuery): Map<number, number> {
  const pool = scorer.partners({ ...q, excludePartners: undefined });
  const scores = rankerScores(partners, pool);
  return new Map(pool.items.map((r, i) => [r, 1 / (1 + Math.exp(-scores[i]!))]));
}
