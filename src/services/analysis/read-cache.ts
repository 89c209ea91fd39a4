// An in-process cache of analysis reads (suggestion and opportunity lists, runs, whether a project
// or theme exists). The results of a complete run never change, so a list is cached by run and
// query; what can change is which run is the latest and which pairs are decided (decided pairs are
// left out of lists). Both are part of the one data version (../data-version.ts), read at most once
// per FRESHNESS_WINDOW_MS; when it changed, every cached entry is dropped.
//
// Staleness window: a run completed or a decision taken in THIS process is visible at once
// (analysisChanged is called after both). One taken by ANOTHER process (the CLI while the HTTP
// service runs, or a second service) is visible within FRESHNESS_WINDOW_MS (1 s) plus one query.
// A project or theme deleted by another process stops being found within the same window.
// Project names shown with suggestions are those of when the list was cached, until the next run
// or decision, or until the entry is evicted (at most MAX_AGE_MS).
import { currentDataVersion, FRESHNESS_WINDOW_MS, markStale, setDataVersionClock, type Clock } from "../data-version.ts";
import type { Db } from "../entities/store.ts";
import { toRun, type StoredRun } from "./records.ts";
import { perDatabase } from "../per-database.ts";

export { FRESHNESS_WINDOW_MS, type Clock };
/** Cached lists hold at most this many items (suggestions, opportunities) in all. */
const MAX_ITEMS = 20_000;
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  value: unknown;
  weight: number;
  at: number;
  /** Entries that depend on data outside analysis results (existence of a project) expire with the window. */
  shortLived: boolean;
}

interface State {
  entries: Map<string, Entry>;
  weight: number;
  /** Bumped on every invalidation; a read started under an older generation does not store its result. */
  generation: number;
  token: string | undefined;
  latest: StoredRun | undefined;
  now: Clock;
}

// One state per driver and database, so two servers (or two databases) never share entries.
const stateOf = perDatabase<State>(() => ({ entries: new Map(), weight: 0, generation: 0, token: undefined, latest: undefined, now: Date.now }));

function dropAll(s: State): void {
  s.entries.clear();
  s.weight = 0;
  s.generation++;
}

/** Drops every entry when the data version changed since the last read. */
async function refresh(db: Db, s: State): Promise<void> {
  const version = await currentDataVersion(db);
  if (version.token === s.token) return;
  dropAll(s);
  s.token = version.token;
  s.latest = version.latestRun ? toRun(version.latestRun) : undefined;
}

/** The latest complete run, as of at most FRESHNESS_WINDOW_MS ago (at once after a change in this process). */
export async function cachedLatestRun(db: Db): Promise<StoredRun | undefined> {
  const s = stateOf(db);
  await refresh(db, s);
  return s.latest;
}

/**
 * The cached value for key, or load() stored under it. `weight` counts the items a value holds;
 * `shortLived` values are re-loaded once the freshness window has passed.
 */
export async function cachedRead<T>(db: Db, key: string, load: () => Promise<T>, opts: { weight?: (v: T) => number; shortLived?: boolean } = {}): Promise<T> {
  const s = stateOf(db);
  await refresh(db, s);
  const now = s.now();
  const hit = s.entries.get(key);
  if (hit && now - hit.at < (hit.shortLived ? FRESHNESS_WINDOW_MS : MAX_AGE_MS)) {
    // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit.value as T;
  }
  if (hit) remove(s, key);
  const generation = s.generation;
  const value = await load();
  if (generation === s.generation) {
    const weight = 1 + (opts.weight?.(value) ?? 0);
    if (s.entries.has(key)) remove(s, key);
    s.entries.set(key, { value, weight, at: now, shortLived: opts.shortLived ?? false });
    s.weight += weight;
    for (const oldest of s.entries.keys()) {
      if (s.weight <= MAX_ITEMS) break;
      remove(s, oldest);
    }
  }
  return value;
}

function remove(s: State, key: string): void {
  const e = s.entries.get(key);
  if (!e) return;
  s.entries.delete(key);
  s.weight -= e.weight;
}

/** Sets the clock the cache of this database reads (tests advance time without sleeping). */
export function setReadCacheClock(db: Db, now: Clock): void {
  stateOf(db).now = now;
  setDataVersionClock(db, now);
}

/** Called after this process completed a run or recorded a decision: cached reads are dropped at once. */
export function analysisChanged(db: Db): void {
  const s = stateOf(db);
  dropAll(s);
  s.token = undefined;
  markStale(db);
}
