// Writes one analysis run — the run node, community memberships, suggestions and opportunities —
// with batched UNWINDs by two concurrent writers. A run is either stored whole or not at all: it
// is invisible to readers until its last write marks it complete, and a failed write removes what
// was written. Communities are relationships (:Project)-[:IN_COMMUNITY {label}]->(:AnalysisRun),
// so a run's partition is one hop from the run and from each project. Suggestions and
// opportunities carry their run (and projects) as indexed properties instead of relationships:
// three relationships per suggestion made writing slow and serialised writers on the run node.
import { batches, runIn, THIS_WRITER, writeTransaction, writerIsGone } from "../../db/index.ts";
import type { AnalysisResult } from "../../analysis/types.ts";
import type { Db } from "../entities/store.ts";
import { pairKeyOf } from "../../analysis/pair-fingerprint.ts";
import type { NewRun } from "./records.ts";
import { suggestionDetails } from "./stored-suggestion.ts";

// Measured on CORDIS (138k suggestions): 10k rows and two writers beat 5k or 20k rows and one or three.
const BATCH = 10_000;
const WRITERS = 2;


export const opportunityId = (key: string, runId: string) => `o-${key}-${runId}`;

export async function storeRun(
  db: Db,
  run: NewRun,
  result: AnalysisResult,
  onBatch?: (done: number, total: number) => void,
): Promise<{ finishedAt: string }> {
  const community = new Map(result.communities.map((c) => [c.projectId, c.community]));
  // Rank order: best score first, ties by pair key. The collator orders exactly as localeCompare
  // does, without building one per comparison.
  const collator = new Intl.Collator();
  const ranked = result.suggestions
    .map((s) => (s.a < s.b ? s : { ...s, a: s.b, b: s.a }))
    .map((s) => ({ s, key: pairKeyOf(s.a, s.b) }))
    .sort((x, y) => y.s.score - x.s.score || collator.compare(x.key, y.key))
    .map((x) => x.s);
  /** The columns of write-suggestions for the suggestions ranked first+1 … first+n. */
  const suggestionColumns = (first: number, n: number) => {
    const xs = ranked.slice(first, first + n);
    return {
      firstRank: first + 1,
      a: xs.map((s) => s.a),
      b: xs.map((s) => s.b),
      score: xs.map((s) => s.score),
      diagonal: xs.map((s) => s.diagonal),
      details: xs.map(suggestionDetails),
      fingerprint: xs.map((s) => s.fingerprint),
      communityA: xs.map((s) => community.get(s.a) ?? null),
      communityB: xs.map((s) => community.get(s.b) ?? null),
    };
  };
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
  const total = memberships.length + ranked.length + opportunities.length;

  // One transaction per batch keeps each within the server's transaction memory (a 10k-project run
  // is ~35k suggestions, too large for one transaction on a small server); the run stays invisible
  // (status "writing") until complete-run flips it, and a failure removes what was written.
  const write = (query: string, params: Record<string, unknown>) => writeTransaction(db.driver, (tx) => runIn(tx, query, params), db.database);
  // Reported before the first write, so the writing stage is timed from its start.
  onBatch?.(0, total);
  await write("analysis/create-run", {
    id: run.id,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    params: JSON.stringify(run.params),
    modularity: run.modularity,
    counts: JSON.stringify(run.counts),
    rankers: run.rankers ? JSON.stringify(run.rankers) : null,
    communityNames: JSON.stringify(run.communityNames),
    writer: WRITER,
  });
  try {
    let done = 0;
    // Every batch of the run in one queue, drained by WRITERS concurrent writers: suggestions and
    // opportunities take no shared locks (no relationships), so the writers do not wait on each
    // other, and the client prepares one batch while the server commits another. All writers are
    // awaited before a failure propagates, so nothing lands after the run is discarded.
    // Parameters are built when a writer takes the batch, so at most WRITERS batches are held twice.
    type Batch = { query: string; size: number; params: () => Record<string, unknown> };
    const queue: Batch[] = [
      ...[...batches(memberships, BATCH)].map((rows) => ({ query: "analysis/write-communities", size: rows.length, params: () => ({ rows }) })),
      ...Array.from({ length: Math.ceil(ranked.length / BATCH) }, (_x, i) => {
        const size = Math.min(BATCH, ranked.length - i * BATCH);
        return { query: "analysis/write-suggestions", size, params: () => suggestionColumns(i * BATCH, size) };
      }),
      ...[...batches(opportunities, BATCH)].map((rows) => ({ query: "analysis/write-opportunities", size: rows.length, params: () => ({ rows }) })),
    ];
    const writer = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        try {
          await write(batch.query, { runId: run.id, ...batch.params() });
          onBatch?.((done += batch.size), total);
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
    // When Neo4j is gone the discard fails too: the run stays "writing" (invisible) and
    // discardStaleRuns removes it at the next start or run. The first error is the one to report.
    await discardRun(db, run.id).catch(() => undefined);
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
  const unfinished = await writeTransaction(db.driver, (tx) => runIn<{ id: string; writer: string | null; stale: boolean }>(tx, "analysis/stale-runs", { before }), db.database);
  const gone = unfinished.filter((r) => r.stale || writerIsGone(r.writer));
  for (const { id } of gone) await discardRun(db, id);
  return gone.length;
}
