// The backtest on the stored graph: read it from Neo4j (the same projection as analyze) and run the
// pure evaluation (src/evaluation) on it. Nothing is written.
import type { Database } from "../db/index.ts";
import { backtest, type BacktestReport } from "../evaluation/backtest.ts";
import { evaluationParamsSchema, type EvaluationParams } from "../schemas/evaluation.ts";
import { ValidationError } from "../errors.ts";
import { projectGraph } from "./projection.ts";

/** Validated backtest parameters, or a ValidationError naming the field and what was expected. */
export function evaluationParams(input: unknown): EvaluationParams {
  const parsed = evaluationParamsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(parsed.error.issues.map((i) => i.message).join("; "), issue.path.join(".") || undefined);
  }
  return parsed.data;
}

/** The stored graph, read as analyze reads it, once it is known to hold enough dated networks for a backtest. */
export async function storedGraphForBacktest(db: Pick<Database, "driver" | "database">, onProgress?: (stage: string) => void) {
  onProgress?.("reading the graph");
  const graph = await projectGraph(db);
  let dated = 0;
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start) dated++;
  });
  if (dated < 10) throw new ValidationError(`the graph holds ${dated} networks with a start date; a backtest needs at least 10`);
  return graph;
}

export async function evaluateStoredGraph(db: Pick<Database, "driver" | "database">, input: unknown, onProgress?: (stage: string) => void): Promise<BacktestReport> {
  const p = evaluationParams(input);
  const graph = await storedGraphForBacktest(db, onProgress);
  return backtest(graph, { cutoff: p.cutoff, historyShare: p.historyShare, seed: p.seed, k: p.k, maxQueries: p.maxQueries ?? Infinity, ablation: p.ablation, onProgress });
}
