// The network health report and the GEXF export on the whole CORDIS H2020 import (31k projects,
// 36k organisations, 145k participations), analysed once: seconds and peak RSS of each, measured in
// this process (the reports' own reads, computing and rendering; the GEXF streamed to a file).
// Prints figures; asserts nothing.
// Target: each under 10 s on the everyday Neo4j (512 MB heap).
//   npm run bench:reports [-- --projects 5000 --reuse]
// --projects N reads only the first N CORDIS projects; --reuse keeps imported data and the latest
// analysis. Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listRuns, runAnalysis } from "../src/services/analysis/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { buildReport } from "../src/services/reports/report-service.ts";
import { streamExport } from "../src/services/export-service.ts";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCordis } from "../src/sources/cordis.ts";
import { benchDatabase, countNodes, measure, printTable, wipe } from "./bench-db.ts";

const { values: args } = parseArgs({ options: { projects: { type: "string" }, reuse: { type: "boolean", default: false }, measure: { type: "boolean", default: false } } });

const db = await benchDatabase();
try {
  if (args.measure) {
    await measureReports();
  } else {
    await prepare();
    // Measured in a fresh process: the import and the analysis leave this one's heap large, and
    // a report's peak RSS should be its own.
    const runTs = fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url));
    const child = spawnSync(process.execPath, [runTs, fileURLToPath(import.meta.url), "--measure"], { stdio: "inherit", env: { ...process.env, DIAGONAL_BENCH_WIPE: "1", NEO4J_URI: db.config.uri, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? process.env.DIAGONAL_NEO4J_PASSWORD ?? "diagonal-local" } });
    if (child.status !== 0) throw new Error(`the measuring process failed (exit ${child.status})`);
  }
} finally {
  await db.close();
}

async function prepare() {
  if (!args.reuse || (await countNodes(db)) === 0) {
    await wipe(db);
    const dataset = await readCordis(args.projects ? { maxProjects: Number(args.projects) } : {});
    console.log(`importing CORDIS: ${dataset.projects.length} projects, ${dataset.partners.length} organisations, ${dataset.participations.length} participations`);
    const load = await measure(() => importDataset(db, dataset));
    console.log(`imported in ${load.seconds.toFixed(1)} s`);
  }
  if (!args.reuse || (await listRuns(db)).length === 0) {
    const analysis = await measure(() => runAnalysis(db, {}));
    console.log(`analysed in ${analysis.seconds.toFixed(1)} s (${analysis.result.counts.suggestions} suggestions)`);
  }
}

async function measureReports() {
  const rows: Record<string, string | number>[] = [];
  const health = await measure(() => buildReport(db, { kind: "health", format: "html" }));
  rows.push({ case: "health report (html)", seconds: health.seconds, peakRssMb: Math.round(health.peakRssMb), output: `${Math.round(Buffer.byteLength(health.result.body) / 1024)} KB` });
  // Streamed to a file, as `diagonal export --format gexf --out FILE` does.
  const dir = await mkdtemp(join(tmpdir(), "diagonal-bench-"));
  try {
    const file = join(dir, "graph.gexf");
    const gexf = await measure(async () => {
      const out = createWriteStream(file);
      const counts = await streamExport(db, { format: "gexf" }, "all", { begin: () => {}, write: async (c) => { if (!out.write(c)) await once(out, "drain"); } });
      out.end();
      await once(out, "finish");
      return counts;
    });
    const size = (await stat(file)).size;
    rows.push({ case: "GEXF export (to a file)", seconds: gexf.seconds, peakRssMb: Math.round(gexf.peakRssMb), output: `${Math.round(size / 2 ** 20)} MB, ${gexf.result.nodes} nodes, ${gexf.result.edges} edges` });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  printTable(rows);
  console.log("target: each under 10 s");
}
