// The start-up migration of partner alias lists to records (src/db/migrations.ts), at CORDIS size
// (36,000 partners): seconds to turn the lists of a database written before into MergedPartner
// records, seconds it then adds to every start (it finds nothing), and seconds to read every alias
// for the recommender. Wall-clock seconds on the bench instance; no thresholds are asserted.
//   node bin/run-ts.mjs bench/partner-alias-migration.bench.ts [partners] [every]
import neo4j from "neo4j-driver";
import { applyMigrations, writeQuery } from "../src/db/index.ts";
import { partnerAliases } from "../src/services/partner-aliases.ts";
import { benchDatabase, printTable, wipe } from "./bench-db.ts";

const partners = Number(process.argv[2] ?? 36_000);
const every = Number(process.argv[3] ?? 6);
const db = await benchDatabase();
const seconds = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await work();
  return [out, (performance.now() - t0) / 1000];
};
try {
  await wipe(db);
  await writeQuery(db.driver, "bench/old-partner-alias-lists", { partners: neo4j.int(partners), every: neo4j.int(every) }, db.database);
  const [first, firstSeconds] = await seconds(() => applyMigrations(db.driver, db.database));
  // The median of five: the first run after a schema change also plans the query.
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await seconds(() => applyMigrations(db.driver, db.database)));
  const [again, againSeconds] = runs.sort((a, b) => a[1] - b[1])[2]!;
  const [aliases, readSeconds] = await seconds(() => partnerAliases(db));
  printTable([
    { step: "migrate alias lists to records", partners, aliases: first.partnerAliases, seconds: firstSeconds.toFixed(3) },
    { step: "every later start (nothing to do, median of 5)", partners, aliases: again.partnerAliases, seconds: againSeconds.toFixed(3) },
    { step: "read every alias (recommender)", partners, aliases: aliases.size, seconds: readSeconds.toFixed(3) },
  ]);
  await wipe(db);
} finally {
  await db.close();
}
