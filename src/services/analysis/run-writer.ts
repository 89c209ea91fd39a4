// Writes one analysis run's results while the run is still being computed. The run node is created
// first, in status "writing" (invisible to readers); results are queued as soon as they are final
// (the communities and every suggestion's rank once the pairs are chosen, the suggestions batch by
// batch as they are explained, the opportunities once found) and two writers drain the queue in
// batched UNWINDs, so Neo4j writes while this process computes the rest. `finish` waits for the queue, then sets what was known only at the end and makes the run
// visible in one step; `discard` (or any failed write) removes everything written for it. A run is
// stored whole or not at all, as before (store.ts).
import { batches, writeQuery } from "../../db/index.ts";
import type { AnalysisResult } from "../../analysis/types.ts";
import type { Db } from "../entities/store.ts";
import { pairKeyOf } from "../../analysis/pair-fingerprint.ts";
import type { NewRun } from "./records.ts";
import { suggestionDetails } from "./stored-suggestion.ts";

// Rows per write transaction. On the everyday server (512 MB heap) the server's CPU per row grows
// with the transaction's size: writing CORDIS's 138,751 suggestions took it 8.3–11.2 CPU seconds in
// batches of 10,000 and 5.6–5.8 in batches of 2,500 (two writers both times, wall clock no worse;
// bench/suggestion-write-cost.bench.ts --batch, bench/README.md). Two writers: this process prepares
// the next batch while the server commits another.
export const BATCH = 2_500;
const WRITERS = 2;

export const opportunityId = (key: string, runId: string) => `o-${key}-${runId}`;

/** One batch: its query, its row count, and its parameters, built when a writer takes it (so at most WRITERS batches are held twice). */
type Batch = { query: string; size: number; params: () => Record<string, unknown> };

export interface RunWriter {
  /** Queues the communities' memberships, and ranks the run's suggestions from their pairs and scores (in the order they will come). */
  chosen(found: { communities: AnalysisResult["communities"]; pairs: readonly { a: string; b: string; score: number }[] }): void;
  /** Queues suggestions, the `first`-th of the chosen pairs and those after it, with their ranks. */
  suggestions(first: number, found: AnalysisResult["suggestions"]): void;
  /** Queues the opportunities. */
  opportunities(found: AnalysisResult["opportunities"]): void;
  /** Waits for every queued batch, then completes the run with what `run` holds; reports rows written from now on. */
  finish(run: NewRun, onBatch?: (done: number, total: number) => void): Promise<{ finishedAt: string }>;
  /** Stops writing and removes what was written (a failure elsewhere in the run). */
  discard(): Promise<void>;
}

/**
 * The rank of each suggestion (1 = best) from its pair and score: best score first, ties by pair
 * key (a < b). The collator orders exactly as localeCompare does, without building one per comparison.
 */
export function suggestionRanks(pairs: readonly { a: string; b: string; score: number }[]): Int32Array {
  const collator = new Intl.Collator();
  const keys = pairs.map((s) => pairKeyOf(s.a, s.b));
  const order = Array.from({ length: pairs.length }, (_x, n) => n).sort((x, y) => pairs[y]!.score - pairs[x]!.score || collator.compare(keys[x]!, keys[y]!));
  const ranks = new Int32Array(pairs.length);
  order.forEach((n, position) => (ranks[n] = position + 1));
  return ranks;
}

/** Creates the run node (status "writing") and returns the writer of its results. */
/** One batch per BATCH rows of `rows`, each written by `query` with the rows as `$rows`. */
const rowBatches = (query: string, rows: readonly unknown[]): Batch[] => [...batches(rows, BATCH)].map((slice) => ({ query, size: slice.length, params: () => ({ rows: slice }) }));

export async function openRunWriter(db: Db, head: Pick<NewRun, "id" | "startedAt" | "finishedAt">, writer: string): Promise<RunWriter> {
  const runId = head.id;
  // One transaction per batch keeps each within the server's transaction memory.
  const write = (query: string, params: Record<string, unknown>) => writeQuery(db.driver, query, params, db.database);
  await write("analysis/create-run", {
    id: runId, startedAt: head.startedAt, finishedAt: head.finishedAt,
    params: "{}", modularity: null, counts: "{}", rankers: null, communityNames: "[]", writer,
  });

  const queue: Batch[] = [];
  let queued = 0;
  let done = 0;
  let report: ((done: number, total: number) => void) | undefined;
  let failure: unknown;
  let closed = false;
  let community = new Map<string, number>();
  let ranks: Int32Array | undefined;
  const enqueue = (batches: Batch[]) => {
    if (failure !== undefined || closed) return;
    for (const b of batches) queued += b.size;
    for (const b of batches) queue.push(b);
    wake();
  };
  // Waking wakes every waiting writer: each one looks at the queue again.
  const writers: Promise<void>[] = [];
  const waiting = new Set<() => void>();
  function wake() {
    for (const w of [...waiting]) w();
    waiting.clear();
  }
  // Each writer takes the next batch, or waits for one until the run is finished. Suggestions and
  // opportunities take no shared locks (no relationships), so the writers do not wait on each
  // other, and this process computes or prepares the next batch while the server commits another.
  const writerLoop = async () => {
    for (;;) {
      const batch = queue.shift();
      if (!batch) {
        if (closed || failure !== undefined) return;
        await new Promise<void>((resolve) => waiting.add(resolve));
        continue;
      }
      try {
        await write(batch.query, { runId, ...batch.params() });
        done += batch.size;
        report?.(done, queued);
      } catch (err) {
        failure ??= err;
        queue.length = 0;
        wake();
        return;
      }
    }
  };
  for (let i = 0; i < WRITERS; i++) writers.push(writerLoop());

  const discard = async () => {
    closed = true;
    queue.length = 0;
    wake();
    // All writers are awaited before anything is removed, so nothing lands after the run is discarded.
    await Promise.allSettled(writers);
    await discardRun(db, runId).catch(() => undefined);
  };

  return {
    chosen({ communities, pairs }) {
      community = new Map(communities.map((c) => [c.projectId, c.community]));
      ranks = suggestionRanks(pairs);
      enqueue(rowBatches("analysis/write-communities", communities.map((c) => ({ project: c.projectId, label: c.community }))));
    },
    suggestions(first, found) {
      const queued: Batch[] = [];
      let at = first;
      for (const slice of batches(found, BATCH)) {
        // Stored with a < b, as pair keys are.
        const xs = slice.map((s) => (s.a < s.b ? s : { ...s, a: s.b, b: s.a }));
        const rankAt = at;
        at += xs.length;
        // The columns of write-suggestions.
        queued.push({
          query: "analysis/write-suggestions",
          size: xs.length,
          params: () => ({
            rank: Array.from(ranks!.subarray(rankAt, rankAt + xs.length)),
            a: xs.map((s) => s.a),
            b: xs.map((s) => s.b),
            score: xs.map((s) => s.score),
            diagonal: xs.map((s) => s.diagonal),
            details: xs.map(suggestionDetails),
            fingerprint: xs.map((s) => s.fingerprint),
            communityA: xs.map((s) => community.get(s.a) ?? null),
            communityB: xs.map((s) => community.get(s.b) ?? null),
          }),
        });
      }
      enqueue(queued);
    },
    opportunities(found) {
      const rows = found.map((o) => ({
        id: opportunityId(o.key, runId),
        kind: o.kind,
        key: o.key,
        score: o.score,
        subjects: JSON.stringify(o.subjects),
        reasonsNl: o.reasons.nl,
        reasonsEn: o.reasons.en,
        details: JSON.stringify(o.details),
      }));
      enqueue(rowBatches("analysis/write-opportunities", rows));
    },
    async finish(run, onBatch) {
      closed = true;
      wake();
      try {
        report = onBatch;
        // Reported before waiting, so the writing stage is timed from its start.
        onBatch?.(done, queued);
        await Promise.all(writers);
        if (failure !== undefined) throw failure;
        const finishedAt = new Date().toISOString();
        const [completed] = await write("analysis/finish-run", {
          id: runId,
          finishedAt,
          params: JSON.stringify(run.params),
          modularity: run.modularity,
          counts: JSON.stringify(run.counts),
          rankers: run.rankers ? JSON.stringify(run.rankers) : null,
          communityNames: JSON.stringify(run.communityNames),
        });
        if (!completed) throw new Error(`analysis run ${runId} disappeared while it was being written`);
        return { finishedAt };
      } catch (err) {
        // When Neo4j is gone the discard fails too: the run stays "writing" (invisible) and
        // discardStaleRuns removes it at the next start or run. The first error is the one to report.
        await discard();
        throw err;
      }
    },
    discard,
  };
}

/** Removes an unfinished run and everything written for it, in bounded transactions. */
export async function discardRun(db: Db, runId: string): Promise<void> {
  for (;;) {
    const [r] = await writeQuery<{ deleted: number }>(db.driver, "analysis/delete-run-batch", { id: runId, limit: BATCH }, db.database);
    if (!r || r.deleted === 0) break;
  }
  await writeQuery(db.driver, "analysis/delete-run", { id: runId }, db.database);
}
