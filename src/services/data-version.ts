// The one data version that everything derived is cached under: graph views, maps, suggestion
// lists, opportunities, communities, reports. It changes on an import, an entity change, a decision
// and a completed (or deleted) run, in any process: imports and entity changes bump a counter node
// in Neo4j (cypher data-version/bump); runs and decisions are seen through the latest complete run
// and the decisions' count and newest stamp, read in the same query (data-version/read).
//
// The version is read at most once per FRESHNESS_WINDOW_MS; concurrent readers share that read.
// A change made in THIS process is seen at once (its writer calls dataChanged or markStale); one
// made by ANOTHER process (the CLI while the service runs) within the window plus one query.
import { readQuery, writeQuery } from "../db/index.ts";
import type { Db } from "./entities/store.ts";
import { perDatabase } from "./per-database.ts";

export const FRESHNESS_WINDOW_MS = 1_000;

/** Milliseconds since the epoch; tests pass their own to let time pass without waiting. */
export type Clock = () => number;

/** What changed: the kinds of write that change derived data. */
export type DataChange = "import" | "entity" | "decision" | "run";

export interface DataVersion {
  /** Equal tokens mean equal data: a cache key part and, hashed, an ETag part. */
  token: string;
  /** The latest complete run's id, null before the first. */
  runId: string | null;
  /** The latest complete run's stored properties, as read. */
  latestRun: Record<string, unknown> | undefined;
}

/** Called when this process sees a new version; `runChanged` when the latest complete run is another one. */
export type VersionListener = (version: DataVersion, previous: DataVersion | undefined, runChanged: boolean) => void;

interface State {
  version: DataVersion | undefined;
  checkedAt: number;
  /** Bumped by every local change; a read started before one does not store its answer. */
  generation: number;
  checking: Promise<void> | undefined;
  listeners: Set<VersionListener>;
  now: Clock;
}

const stateOf = perDatabase<State>(() => ({ version: undefined, checkedAt: 0, generation: 0, checking: undefined, listeners: new Set(), now: Date.now }));

type VersionRow = { epoch: string; counter: number; latest: Record<string, unknown>[]; decisions: number; lastDecision: unknown[] };

async function check(db: Db, s: State): Promise<void> {
  const generation = s.generation;
  const [row] = await readQuery<VersionRow>(db.driver, "data-version/read", {}, db.database);
  if (generation !== s.generation) return; // a local change meanwhile: read again
  const latestRun = row?.latest[0];
  const runId = typeof latestRun?.id === "string" ? latestRun.id : null;
  const token = [row?.epoch ?? "", row?.counter ?? 0, runId ?? "", row?.decisions ?? 0, String(row?.lastDecision[0] ?? "")].join("|");
  const previous = s.version;
  s.version = { token, runId, latestRun };
  s.checkedAt = s.now();
  if (previous?.token !== token) {
    const runChanged = previous !== undefined && previous.runId !== runId;
    for (const listener of s.listeners) listener(s.version, previous, runChanged);
  }
}

/**
 * The data version as of at most FRESHNESS_WINDOW_MS ago (at once after a change in this process).
 * With `wait: false` a reader whose window has passed gets the version it knew while one read in
 * the background asks Neo4j (a hot path never waits for that round trip); it still waits after a
 * change in this process, and when no version is known yet.
 */
export async function currentDataVersion(db: Db, { wait = true }: { wait?: boolean } = {}): Promise<DataVersion> {
  const s = stateOf(db);
  // A check that overlapped a local change leaves checkedAt as it was, so the loop asks again.
  while (!s.version || s.now() - s.checkedAt >= FRESHNESS_WINDOW_MS) {
    s.checking ??= check(db, s).finally(() => {
      s.checking = undefined;
    });
    if (!wait && s.version && s.checkedAt !== -Infinity) {
      s.checking.catch(() => undefined);
      return s.version;
    }
    await s.checking;
  }
  return s.version;
}

/**
 * The version a hot path may use at once, as `currentDataVersion(db, { wait: false })` gives it,
 * but synchronously: undefined where that would wait (no version known yet, or a change in this
 * process not read back yet). A passed window starts one read in the background.
 */
export function knownDataVersion(db: Db): DataVersion | undefined {
  const s = stateOf(db);
  if (!s.version || s.checkedAt === -Infinity) return undefined;
  if (s.now() - s.checkedAt >= FRESHNESS_WINDOW_MS) void currentDataVersion(db, { wait: false }).catch(() => undefined);
  return s.version;
}

/** Resolves when no read of the version is under way (tests wait for a background read). */
export async function dataVersionSettled(db: Db): Promise<void> {
  await stateOf(db).checking?.catch(() => undefined);
}

/**
 * This process changed data that the version already covers (a run completed or was deleted, a
 * decision was taken): the next read of the version asks Neo4j. With listeners (a service that
 * precomputes maps), the version is read at once, so they hear of a new run without waiting for a
 * request.
 */
export function markStale(db: Db): void {
  const s = stateOf(db);
  s.generation++;
  s.checkedAt = -Infinity;
  if (s.listeners.size > 0) void currentDataVersion(db).catch(() => undefined);
}

/** After an import or an entity change was committed: bumps the stored counter, so every process sees it. */
export async function dataChanged(db: Db, kind: DataChange): Promise<void> {
  try {
    await writeQuery(db.driver, "data-version/bump", { kind }, db.database);
  } finally {
    markStale(db);
  }
}

/** Listens to version changes seen by this process; returns the function that stops listening. */
export function onDataVersion(db: Db, listener: VersionListener): () => void {
  const s = stateOf(db);
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/** Sets the clock the version of this database is checked against (tests let time pass without waiting). */
export function setDataVersionClock(db: Db, now: Clock): void {
  stateOf(db).now = now;
}
