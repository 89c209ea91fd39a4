// Decisions under contention, on the illustrative MVO data analysed once: what serialising the
// steps on one pair costs. Cases: steps taken one after another on one pair; bursts of N concurrent
// steps on one pair (they queue on the pair's lock); N concurrent steps on N different pairs (they
// do not queue on each other). Each step goes through the service the API and the CLI call. After
// every burst the pair's decision, collaboration and version are checked. Prints figures; asserts
// nothing beyond consistency.
//   npm run bench:decisions [-- --concurrency 20 --bursts 5]
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { decideSuggestion, getSuggestions, redecidePair, runAnalysis } from "../src/services/analysis/index.ts";
import { importPath } from "../src/services/import-service.ts";
import { benchDatabase, printTable, wipe } from "./bench-db.ts";

const { values: args } = parseArgs({ options: { concurrency: { type: "string", default: "20" }, bursts: { type: "string", default: "5" } } });
const N = Number(args.concurrency);
const BURSTS = Number(args.bursts);
if (!Number.isInteger(N) || N < 1 || N > 200) throw new Error(`--concurrency: expected a whole number from 1 to 200, got ${args.concurrency}`);
if (!Number.isInteger(BURSTS) || BURSTS < 1 || BURSTS > 100) throw new Error(`--bursts: expected a whole number from 1 to 100, got ${args.bursts}`);

const db = await benchDatabase();
try {
  await wipe(db);
  await importPath(db, fileURLToPath(new URL("../fixtures/mvo/", import.meta.url)));
  await runAnalysis(db, { seed: 1 });
  const suggestions = await getSuggestions(db, { limit: N + 1 });
  if (suggestions.length < N + 1) throw new Error(`the fixtures give ${suggestions.length} suggestions; --concurrency ${N} needs ${N + 1}`);
  const [one, ...others] = suggestions;
  const verdict = (i: number): "accept" | "reject" => (i % 2 === 0 ? "accept" : "reject");
  const ms = (t0: number) => performance.now() - t0;
  const rows: Record<string, string | number>[] = [];

  // Steps one after another on one pair.
  await decideSuggestion(db, one!.id, "accept", undefined, "bench");
  let t0 = performance.now();
  for (let i = 0; i < N; i++) await redecidePair(db, one!.pairKey, verdict(i + 1), undefined, { by: "bench" });
  const sequential = ms(t0);
  rows.push({ case: `${N} steps one after another, one pair`, "total ms": sequential, "ms per step": sequential / N, consistent: "yes" });

  // Bursts of concurrent steps on one pair.
  const burstMs: number[] = [];
  let consistent = true;
  for (let b = 0; b < BURSTS; b++) {
    t0 = performance.now();
    await Promise.all(Array.from({ length: N }, (_, i) => redecidePair(db, one!.pairKey, verdict(i + b), undefined, { by: "bench" })));
    burstMs.push(ms(t0));
    const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
    try {
      const r = (await session.run(
        "MATCH (d:Decision {pairKey: $k}) RETURN d.decision AS decision, d.madeCollaboration AS made, COUNT { (:Project {id: d.a})-[:COLLABORATES_WITH {source: 'suggestion'}]-(:Project {id: d.b}) } AS links",
        { k: one!.pairKey },
      )).records[0]!;
      const links = Number(r.get("links"));
      if ((r.get("decision") === "accepted") !== (links === 1) || (r.get("made") === true) !== (links === 1)) consistent = false;
    } finally {
      await session.close();
    }
  }
  const meanBurst = burstMs.reduce((a, b) => a + b, 0) / burstMs.length;
  rows.push({ case: `${BURSTS} bursts of ${N} concurrent steps, one pair`, "total ms": meanBurst, "ms per step": meanBurst / N, consistent: consistent ? "yes" : "NO" });

  // Concurrent steps on different pairs.
  t0 = performance.now();
  await Promise.all(others.slice(0, N).map((s, i) => decideSuggestion(db, s.id, verdict(i), undefined, "bench")));
  const spread = ms(t0);
  rows.push({ case: `${N} concurrent steps, ${N} pairs`, "total ms": spread, "ms per step": spread / N, consistent: "yes" });

  printTable(rows);
  console.log(`burst times (ms): ${burstMs.map((x) => x.toFixed(0)).join(", ")}`);
} finally {
  await db.close();
}
