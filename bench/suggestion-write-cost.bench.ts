// Where Neo4j's CPU goes when a run writes its suggestions: the stored suggestions of the newest
// complete run (run bench/analysis.bench.ts --keep or --reuse first) are written again under a scratch
// label, SuggestionProbe, as the product writes them (10,000 rows a batch, two writers, columns as
// parameters), with 4 / 3 / 2 / 1 / 0 composite indexes, with fewer properties and without the
// explanation. For each variant: the server's CPU seconds (/proc/<pid>/stat, --server-pid) and the
// wall seconds of the writing. The scratch nodes and indexes are removed after each variant; the
// product's data is left alone. No thresholds are asserted.
//   NEO4J_URI=… node bin/run-ts.mjs bench/suggestion-write-cost.bench.ts --server-pid <pid> [--rounds 2]
//     [--only 1,6] (variants by number, 1 = today) [--batch 10000] [--writers 2]
import { parseArgs } from "node:util";
import { batches, cypher, readRows, statements, writeQuery } from "../src/db/index.ts";
import { connect } from "../src/db/index.ts";
import { cpuNow, loadAverage, serverPid } from "./cpu-clock.ts";
import { printTable } from "./bench-db.ts";

const { values: args } = parseArgs({ options: { "server-pid": { type: "string" }, rounds: { type: "string", default: "2" }, only: { type: "string" }, batch: { type: "string", default: "10000" }, writers: { type: "string", default: "2" } } });
const batchSize = Number(args.batch);
const writerCount = Number(args.writers);
if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch: expected a whole number of rows, got "${args.batch}"`);
if (!Number.isInteger(writerCount) || writerCount < 1) throw new Error(`--writers: expected a whole number, got "${args.writers}"`);
const pid = serverPid(args["server-pid"]);
const rounds = Number(args.rounds);
const db = await connect("bench", { env: process.env });

type Row = [string, string, number, number, boolean, string, string, number | null, number | null];
type Index = "rank" | "a" | "b" | "pair";
interface Variant { name: string; query: "full" | "lean" | "no-pair-key"; indexes: Index[]; details?: (d: string) => string }
const variants: Variant[] = [
  { name: "today: 11 properties, (runId, rank) (runId, a) (runId, b)", query: "full", indexes: ["rank", "a", "b"] },
  { name: "11 properties, + (runId, pairKey)", query: "full", indexes: ["rank", "a", "b", "pair"] },
  { name: "11 properties, (runId, rank) (runId, a)", query: "full", indexes: ["rank", "a"] },
  { name: "11 properties, (runId, rank)", query: "full", indexes: ["rank"] },
  { name: "11 properties, no composite index", query: "full", indexes: [] },
  { name: "10 properties (no pairKey), 3 indexes", query: "no-pair-key", indexes: ["rank", "a", "b"] },
  { name: "8 properties (no pairKey, communities), 3 indexes", query: "lean", indexes: ["rank", "a", "b"] },
  { name: "8 properties, no composite index", query: "lean", indexes: [] },
  { name: "11 properties, 3 indexes, details empty", query: "full", indexes: ["rank", "a", "b"], details: () => "" },
  { name: "11 properties, 3 indexes, details halved", query: "full", indexes: ["rank", "a", "b"], details: (d) => d.slice(0, d.length >> 1) },
];

// --only N,M: the variants numbered N, M (1 = today), to compare a few in more rounds.
const chosen = args.only ? args.only.split(",").map((n) => variants[Number(n) - 1]!) : variants;
const session = () => db.driver.session({ database: db.database });
async function schema(file: string, keep: (statement: string) => boolean) {
  const s = session();
  try {
    for (const statement of statements(file).filter(keep)) await s.run(statement);
    await s.run("CALL db.awaitIndexes(300)");
  } finally {
    await s.close();
  }
}
const indexName = (i: Index) => `suggestion_probe_run_${i} `;
async function clean() {
  const s = session();
  try {
    await s.run(cypher("bench/suggestion-probe-delete"));
  } finally {
    await s.close();
  }
  await schema("bench/suggestion-probe-drop-indexes", () => true);
}

try {
  const rows = await readRows<Row>(db.driver, "bench/suggestion-probe-rows", {}, db.database);
  if (rows.length === 0) throw new Error("no complete run stored: run bench/analysis.bench.ts --only cordis --keep first");
  const detailChars = rows.reduce((n, r) => n + (r[5]?.length ?? 0), 0);
  console.log(`load average at start: ${loadAverage()}; batches of ${batchSize} rows, ${writerCount} writer(s); ${rows.length} suggestions, details ${(detailChars / rows.length).toFixed(0)} characters on average`);
  await clean();
  const table: Record<string, string | number>[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? chosen : [...chosen].reverse();
    for (const v of order) {
      await schema("bench/suggestion-probe-indexes", (st) => v.indexes.some((i) => st.includes(indexName(i))));
      const runId = `probe-${round}`;
      const queue = [...batches(rows, batchSize)];
      const before = cpuNow(pid);
      const t0 = performance.now();
      const writer = async () => {
        for (let slice = queue.shift(); slice; slice = queue.shift()) {
          await writeQuery(db.driver, `bench/suggestion-probe-write-${v.query}`, {
            runId,
            a: slice.map((r) => r[0]),
            b: slice.map((r) => r[1]),
            rank: slice.map((r) => r[2]),
            score: slice.map((r) => r[3]),
            diagonal: slice.map((r) => r[4]),
            details: slice.map((r) => (v.details ? v.details(r[5]) : r[5])),
            fingerprint: slice.map((r) => r[6]),
            communityA: slice.map((r) => r[7]),
            communityB: slice.map((r) => r[8]),
          }, db.database);
        }
      };
      await Promise.all(Array.from({ length: writerCount }, writer));
      const seconds = (performance.now() - t0) / 1000;
      const after = cpuNow(pid);
      table.push({
        round, variant: v.name, "wall s": seconds.toFixed(2),
        "Neo4j CPU s": after.server !== undefined && before.server !== undefined ? (after.server - before.server).toFixed(2) : "",
        "client CPU s": (after.client - before.client).toFixed(2),
      });
      console.log(JSON.stringify(table.at(-1)));
      await clean();
    }
  }
  printTable(table);
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await clean().catch(() => undefined);
  await db.close();
}
