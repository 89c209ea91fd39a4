// Something derived from the whole graph, read once per data version and held in memory (the
// network view's degree order, the graph view index): concurrent callers share one read; a value
// is only ever handed out for the version it was read at; a failed read is forgotten, so the next
// use reads again; and a value whose graph changed under the same version (the count-store check
// of its user) can be dropped to be read again.
import type { Db } from "./entities/store.ts";
import { perDatabase } from "./per-database.ts";

export interface VersionKeyed<T> {
  /** The value at this data version: read once (concurrent callers share the read). */
  at(db: Db, token: string): Promise<T>;
  /** The value at this data version if it is read; otherwise undefined, and its read started in the background. */
  built(db: Db, token: string): T | undefined;
  /** Forgets the value (its graph changed without a new data version); the next use reads it again. */
  drop(db: Db, value: T): void;
  /** How many reads were started in this process (tests check that a change makes a new one). */
  builds(db: Db): number;
}

interface State<T> {
  token: string | undefined;
  pending: Promise<T> | undefined;
  built: T | undefined;
  builds: number;
}

export function versionKeyed<T>(read: (db: Db, token: string) => Promise<T>): VersionKeyed<T> {
  const stateOf = perDatabase<State<T>>(() => ({ token: undefined, pending: undefined, built: undefined, builds: 0 }));
  const at = (db: Db, token: string): Promise<T> => {
    const s = stateOf(db);
    if (s.token === token && s.pending) return s.pending;
    s.token = token;
    s.built = undefined;
    s.builds++;
    const pending = read(db, token);
    s.pending = pending;
    pending.then(
      (value) => { if (s.pending === pending) s.built = value; },
      () => { if (s.pending === pending) { s.pending = undefined; s.token = undefined; } },
    );
    return pending;
  };
  return {
    at,
    built(db, token) {
      const s = stateOf(db);
      if (s.token === token && s.built) return s.built;
      at(db, token).catch(() => undefined);
      return undefined;
    },
    drop(db, value) {
      const s = stateOf(db);
      if (s.built === value) {
        s.built = undefined;
        s.pending = undefined;
        s.token = undefined;
      }
    },
    builds: (db) => stateOf(db).builds,
  };
}
