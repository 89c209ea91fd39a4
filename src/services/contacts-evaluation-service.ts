// `diagonal evaluate --task contacts`: introductions between organisations on the stored graph,
// evaluated as organisation–organisation link prediction (src/evaluation/contacts-backtest.ts) with
// the same cutoff, seed, k and query limit as the recommendations backtest.
import type { Database } from "../db/index.ts";
import { contactBacktest, type ContactBacktestReport } from "../evaluation/contacts-backtest.ts";
import { ValidationError } from "../errors.ts";
import { evaluationParams } from "./evaluation-service.ts";
import { projectGraph } from "./projection.ts";

export async function evaluateContactsOnStoredGraph(db: Pick<Database, "driver" | "database">, input: unknown, onProgress?: (stage: string) => void): Promise<ContactBacktestReport> {
  const p = evaluationParams(input);
  onProgress?.("reading the graph");
  const graph = await projectGraph(db);
  let dated = 0;
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start) dated++;
  });
  if (dated < 10) throw new ValidationError(`the graph holds ${dated} networks with a start date; a backtest needs at least 10`);
  return contactBacktest(graph, { ...(p.cutoff ? { cutoff: p.cutoff } : {}), historyShare: p.historyShare, seed: p.seed, k: p.k, ...(p.maxQueries ? { maxQueries: p.maxQueries } : {}) }, onProgress);
}
