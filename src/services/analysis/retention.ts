// Keeping the database from filling with old analysis runs: the newest N complete runs are kept
// (DIAGONAL_KEEP_RUNS, default 20), plus every run a decision refers to; older ones are pruned
// after each run, by `diagonal runs prune`, or one by one by an admin (DELETE …/runs/{id}).
// Results are removed in small batches, each its own transaction, so pruning fits the everyday
// 512 MB server; a run stays listed until its node goes last, and is never half-visible to
// readers of complete runs' results, which are dropped first only for runs no longer "latest".
import { z } from "zod";
import { runIn, writeTransaction, readQuery } from "../../db/index.ts";
import type { Db } from "../entities/store.ts";
import { ConfigError, ConflictError, NotFoundError } from "../../errors.ts";
import { keepRunsSchema } from "../../schemas/analysis.ts";
import { analysisChanged } from "./read-cache.ts";

// Smaller transactions cost the everyday server less CPU per deleted row: pruning a CORDIS run
// (140,868 results) took it 5.7–6.8 CPU seconds in batches of 5,000, 3.6–5.1 in batches of 2,500
// (bench/analysis-prune.bench.ts).
export const DELETE_BATCH = 2_500;

/** The setting, validated: how many of the newest complete runs to keep. */
export function keptRuns(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DIAGONAL_KEEP_RUNS;
  if (raw === undefined || raw.trim() === "") return 20;
  const parsed = keepRunsSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`invalid environment:\n  DIAGONAL_KEEP_RUNS: ${parsed.error.issues[0]!.message} (got ${JSON.stringify(raw)})`);
  return parsed.data;
}

const write = <T>(db: Db, query: string, params: Record<string, unknown>) =>
  writeTransaction(db.driver, (tx) => runIn<T>(tx, query, params), db.database);

/** Deletes one run and its results; refused (409) while a decision refers to it. */
export async function deleteRun(db: Db, runId: string): Promise<{ id: string; results: number }> {
  const [run] = await readQuery<{ id: string; status: string; decisions: number }>(db.driver, "analysis/run-references", { id: runId }, db.database);
  if (!run) throw new NotFoundError("analysis run", runId);
  if (run.decisions > 0) {
    throw new ConflictError(`analysis run ${runId} is kept: ${run.decisions} decision(s) refer to it`, { id: runId, decisions: run.decisions });
  }
  let results = 0;
  for (;;) {
    const [r] = await write<{ deleted: number }>(db, "analysis/delete-results-batch", { id: runId, limit: DELETE_BATCH });
    if (!r || r.deleted === 0) break;
    results += r.deleted;
  }
  const [gone] = await write<{ deleted: number }>(db, "analysis/delete-run-node", { id: runId });
  analysisChanged(db);
  if (!gone || gone.deleted === 0) throw new ConflictError(`analysis run ${runId} is kept: a decision came to refer to it`, { id: runId });
  return { id: runId, results };
}

/** Prunes complete runs beyond the newest `keep` that no decision refers to; returns what went. */
export async function pruneRuns(db: Db, keep = keptRuns()): Promise<{ id: string; results: number }[]> {
  const n = keepRunsSchema.parse(keep);
  const candidates = await readQuery<{ id: string }>(db.driver, "analysis/prunable-runs", { keep: n }, db.database);
  const out: { id: string; results: number }[] = [];
  for (const { id } of candidates) out.push(await deleteRun(db, id));
  return out;
}
