// State kept per database in this process (caches, version checks): one value per driver and
// database name, so two servers or two databases never share it, and a closed driver's state goes
// with the driver (a WeakMap).
import type { Driver } from "neo4j-driver";

export function perDatabase<T>(init: () => T): (db: { driver: Driver; database?: string }) => T {
  const states = new WeakMap<Driver, Map<string, T>>();
  return (db) => {
    let byDb = states.get(db.driver);
    if (!byDb) states.set(db.driver, (byDb = new Map()));
    const name = db.database ?? "";
    let s = byDb.get(name);
    if (s === undefined) byDb.set(name, (s = init()));
    return s;
  };
}
