// Writes one analysis run — the run node, community memberships, suggestions and opportunities —
// with batched UNWINDs by two concurrent writers (run-writer.ts, which the run also uses to write
// its results while it computes the rest). A run is either stored whole or not at all: it
// is invisible to readers until its last write marks it complete, and a failed write removes what
// was written. Communities are relationships (:Project)-[:IN_COMMUNITY {label}]->(:AnalysisRun),
// so a run's partition is one hop from the run and from each project. Suggestions and
// opportunities carry their run (and projects) as indexed properties instead of relationships:
// three relationships per suggestion made writing slow and serialised writers on the run node.
import { THIS_WRITER, writeQuery, writerIsGone } from "../../db/index.ts";
import type { AnalysisResult } from "../../analysis/types.ts";
import type { Db } from "../entities/store.ts";
import type { NewRun } from "./records.ts";
import { discardRun, openRunWriter } from "./run-writer.ts";

export { discardRun, opportunityId } from "./run-writer.ts";

/** Stores a computed run whole: the run node, then its results by the run writer (run-writer.ts). */
export async function storeRun(
  db: Db,
  run: NewRun,
  result: AnalysisResult,
  onBatch?: (done: number, total: number) => void,
): Promise<{ finishedAt: string }> {
  const writer = await openRunWriter(db, run, WRITER);
  writer.chosen({ communities: result.communities, pairs: result.suggestions });
  writer.suggestions(0, result.suggestions);
  writer.opportunities(result.opportunities);
  return writer.finish(run, onBatch);
}

/** This process as a run's writer: host and process id. */
const WRITER = THIS_WRITER;
export { writerIsGone };

/**
 * Unfinished runs removed: at once when their writer on this host is gone (a crash), else when
 * older than `hours` (a writer on another host that stopped). Called at service start and before
 * every run.
 */
export async function discardStaleRuns(db: Db, hours = 6): Promise<number> {
  const before = new Date(Date.now() - hours * 3_600_000).toISOString();
  const unfinished = await writeQuery<{ id: string; writer: string | null; stale: boolean }>(db.driver, "analysis/stale-runs", { before }, db.database);
  const gone = unfinished.filter((r) => r.stale || writerIsGone(r.writer));
  for (const { id } of gone) await discardRun(db, id);
  return gone.length;
}
