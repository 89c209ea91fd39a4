// What pruning one old analysis run costs the server: every run of the service prunes the runs
// beyond DIAGONAL_KEEP_RUNS (default 20) after it completes (src/services/analysis/retention.ts),
// so once 20 runs are stored each new run also deletes a whole old one, inside its "writing" stage.
// Deletes the oldest prunable runs of the database (one per batch size given), with the product's
// queries, and prints the server's CPU seconds (/proc/<pid>/stat) for the results (suggestions and
// opportunities, in batches) and for the run node with its community relationships. Destroys data:
// only on a bench database. No thresholds are asserted.
//   NEO4J_URI=… node bin/run-ts.mjs bench/analysis-prune.bench.ts --server-pid <pid> [--batches 5000,10000]
import { parseArgs } from "node:util";
import { connect, readQuery, writeQuery } from "../src/db/index.ts";
import { DELETE_BATCH } from "../src/services/analysis/retention.ts";
import { cpuNow, loadAverage, serverPid } from "./cpu-clock.ts";
import { printTable } from "./bench-db.ts";

const { values: args } = parseArgs({ options: { "server-pid": { type: "string" }, batches: { type: "string", default: String(DELETE_BATCH) } } });
const pid = serverPid(args["server-pid"]);
const limits = args.batches.split(",").map((x) => {
  const n = Number(x);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--batches: expected whole numbers separated by commas, got "${x}"`);
  return n;
});
const db = await connect("bench", { env: process.env });
const seconds = (a?: number, b?: number) => (a !== undefined && b !== undefined ? (b - a).toFixed(2) : "?");
try {
  console.log(`load average at start: ${loadAverage()}`);
  const runs = await readQuery<{ id: string }>(db.driver, "analysis/prunable-runs", { keep: 1 }, db.database);
  if (runs.length < limits.length) throw new Error(`only ${runs.length} prunable runs stored; run bench/analysis.bench.ts --reuse a few times first`);
  const table: Record<string, string | number>[] = [];
  for (const [i, limit] of limits.entries()) {
    const id = runs[i]!.id;
    const c0 = cpuNow(pid);
    const t0 = performance.now();
    let results = 0;
    for (;;) {
      const [r] = await writeQuery<{ deleted: number }>(db.driver, "analysis/delete-results-batch", { id, limit }, db.database);
      if (!r || r.deleted === 0) break;
      results += r.deleted;
    }
    const c1 = cpuNow(pid);
    await writeQuery(db.driver, "analysis/delete-run-node", { id }, db.database);
    const c2 = cpuNow(pid);
    table.push({
      run: id, batch: limit, results, "wall s": ((performance.now() - t0) / 1000).toFixed(2),
      "Neo4j CPU s, results": seconds(c0.server, c1.server), "Neo4j CPU s, run node": seconds(c1.server, c2.server), "client CPU s": (c2.client - c0.client).toFixed(2),
    });
  }
  printTable(table);
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await db.close();
}
