// `diagonal evaluate --task contacts`: introductions between organisations on the stored graph,
// evaluated as organisation–organisation link prediction (src/evaluation/contacts-backtest.ts) with
// the same cutoff, seed, k and query limit as the recommendations backtest. The deployed model is
// scored: the contacts variant chosen on the history before the cutoff, as the service chooses it
// on the whole graph (analysis/recommend/contact-model.ts), next to the hand-weighted score.
import type { Database } from "../db/index.ts";
import { contactBacktest, type ContactBacktestReport } from "../evaluation/contacts-backtest.ts";
import { evaluationParams, storedGraphForBacktest } from "./evaluation-service.ts";

export async function evaluateContactsOnStoredGraph(db: Pick<Database, "driver" | "database">, input: unknown, onProgress?: (stage: string) => void): Promise<ContactBacktestReport> {
  const p = evaluationParams(input);
  const graph = await storedGraphForBacktest(db, onProgress);
  return contactBacktest(graph, { ...(p.cutoff ? { cutoff: p.cutoff } : {}), historyShare: p.historyShare, seed: p.seed, k: p.k, ...(p.maxQueries ? { maxQueries: p.maxQueries } : {}), learned: { ablation: p.ablation } }, onProgress);
}
