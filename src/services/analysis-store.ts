// Writes one analysis run — the run node, community memberships, suggestions and opportunities —
// with batched UNWINDs. A run is either stored whole or not at all: it is invisible to readers
// until its last write marks it complete, and a failed write removes what was written.
// Communities are relationships (:Project)-[:IN_COMMUNITY {label}]->(:AnalysisRun), so a run's
// partition is one hop from the run and from each project, without extra nodes.
import { runIn, writeTransaction } from "../db/index.ts";
import type { AnalysisResult } from "../analysis/types.ts";
import type { Db } from "./entity-store.ts";
import { pairKeyOf } from "./analysis-fingerprint.ts";
import type { StoredRun } from "./analysis-records.ts";

const BATCH = Number(process.env.DIAGONAL_TUNE_BATCH ?? 5_000);
const WRITERS = Number(process.env.DIAGONAL_TUNE_WRITERS ?? 2);

function* batches<T>(xs: T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

export const suggestionId = (a: string, b: string, runId: string) => `s-${a}--${b}-${runId}`;
export const opportunityId = (key: string, runId: string) => `o-${key}-${runId}`;

export async function storeRun(
  db: Db,
  run: StoredRun,
  result: AnalysisResult,
  fingerprint: (a: string, b: string) => string,
  onBatch?: (done: number, total: number) => void,
): Promise<{ finishedAt: string }> {
  const community = new Map(result.communities.map((c) => [c.projectId, c.community]));
  const suggestions = [...result.suggestions]
    .sort((x, y) => y.score - x.score || pairKeyOf(x.a, x.b).localeCompare(pairKeyOf(y.a, y.b)))
    .map((s, i) => ({
      id: suggestionId(s.a, s.b, run.id),
      pairKey: pairKeyOf(s.a, s.b),
      a: s.a,
      b: s.b,
      rank: i + 1,
      score: s.score,
      signals: JSON.stringify(s.signals),
      reasonsNl: s.reasons.nl,
      reasonsEn: s.reasons.en,
      diagonal: s.diagonal,
      evidence: JSON.stringify(s.evidence),
      fingerprint: fingerprint(s.a, s.b),
      communityA: community.get(s.a) ?? null,
      communityB: community.get(s.b) ?? null,
    }));
  const opportunities = result.opportunities.map((o) => ({
    id: opportunityId(o.key, run.id),
    kind: o.kind,
    key: o.key,
    score: o.score,
    subjects: JSON.stringify(o.subjects),
    reasonsNl: o.reasons.nl,
    reasonsEn: o.reasons.en,
    details: JSON.stringify(o.details),
  }));
  const memberships = result.communities.map((c) => ({ project: c.projectId, label: c.community }));
  const total = memberships.length + suggestions.length + opportunities.length;

  // One transaction per batch keeps each within the server's transaction memory (a 10k-project run
  // is ~35k suggestions, too large for one transaction on a small server); the run stays invisible
  // (status "writing") until complete-run flips it, and a failure removes what was written.
  const write = (query: string, params: Record<string, unknown>) => writeTransaction(db.driver, (tx) => runIn(tx, query, params), db.database);
  await write("analysis/create-run", {
    id: run.id,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    params: JSON.stringify(run.params),
    modularity: run.modularity,
    counts: JSON.stringify(run.counts),
  });
  try {
    let done = 0;
    // Every batch of the run in one queue, drained by WRITERS concurrent writers: suggestions and
    // opportunities take no shared locks (no relationships), so the writers do not wait on each
    // other, and the client prepares one batch while the server commits another. All writers are
    // awaited before a failure propagates, so nothing lands after the run is discarded.
    const queue: { query: string; rows: unknown[] }[] = [
      ...[...batches(memberships)].map((rows) => ({ query: "analysis/write-communities", rows })),
      ...[...batches(suggestions)].map((rows) => ({ query: "analysis/write-suggestions", rows })),
      ...[...batches(opportunities)].map((rows) => ({ query: "analysis/write-opportunities", rows })),
    ];
    const writer = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        try {
          await write(batch.query, { runId: run.id, rows: batch.rows });
          onBatch?.((done += batch.rows.length), total);
        } catch (err) {
          queue.length = 0;
          throw err;
        }
      }
    };
    const failed = (await Promise.allSettled(Array.from({ length: WRITERS }, writer))).find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const finishedAt = new Date().toISOString();
    const [completed] = await write("analysis/complete-run", { id: run.id, finishedAt });
    if (!completed) throw new Error(`analysis run ${run.id} disappeared while it was being written`);
    return { finishedAt };
  } catch (err) {
    await discardRun(db, run.id);
    throw err;
  }
}

/** Removes an unfinished run and everything written for it, in bounded transactions. */
export async function discardRun(db: Db, runId: string): Promise<void> {
  const write = (query: string, params: Record<string, unknown>) =>
    writeTransaction(db.driver, (tx) => runIn<{ deleted: number }>(tx, query, params), db.database);
  for (;;) {
    const [r] = await write("analysis/delete-run-batch", { id: runId, limit: BATCH });
    if (!r || r.deleted === 0) break;
  }
  await write("analysis/delete-run", { id: runId });
}

/** Unfinished runs left by a process that stopped while writing (older than `hours`), removed. */
export async function discardStaleRuns(db: Db, hours = 6): Promise<number> {
  const before = new Date(Date.now() - hours * 3_600_000).toISOString();
  const stale = await writeTransaction(db.driver, (tx) => runIn<{ id: string }>(tx, "analysis/stale-runs", { before }), db.database);
  for (const { id } of stale) await discardRun(db, id);
  return stale.length;
}
