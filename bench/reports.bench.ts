// The reports and the exports on the whole CORDIS H2020 import (31k projects, 36k organisations,
// 145k participations), analysed once: seconds and peak RSS of each case, each measured in a fresh
// process of its own (the reports' own reads, computing and rendering; the graph exports streamed
// to a file, as `diagonal export --format F --out FILE` does). Cases: the network health report, the
// theme report on the theme most networks address, the recommendation letter of the network the
// run suggests most often, and the GEXF, GraphML and JSON exports. Prints figures; asserts nothing.
// Target: each under 10 s on the everyday Neo4j (512 MB heap).
//   npm run bench:reports [-- --projects 5000 --reuse --only health,theme,letter,gexf,graphml,json]
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
import { cypher } from "../src/db/index.ts";
import { benchDatabase, countNodes, measure, printTable, wipe } from "./bench-db.ts";

const CASES = ["health", "theme", "letter", "gexf", "graphml", "json"] as const;
type Case = (typeof CASES)[number];

const { values: args } = parseArgs({ options: { projects: { type: "string" }, reuse: { type: "boolean", default: false }, measure: { type: "string" }, only: { type: "string" } } });
const only = args.only ? args.only.split(",").map((c) => c.trim()) : [...CASES];
const unknown = only.filter((c) => !(CASES as readonly string[]).includes(c));
if (unknown.length) throw new Error(`--only: unknown case ${unknown.join(", ")}; expected some of ${CASES.join(", ")}`);

const db = await benchDatabase();
try {
  if (args.measure) {
    // CPU seconds of this process besides wall seconds: on a shared machine the wall time follows
    // the load, the client's own work much less.
    const cpu0 = process.cpuUsage();
    const row = await measureCase(args.measure as Case);
    const cpu = process.cpuUsage(cpu0);
    row.clientCpuSeconds = Math.round((cpu.user + cpu.system) / 1e4) / 100;
    console.log(`ROW ${JSON.stringify(row)}`);
  } else {
    await prepare();
    // Each case in a fresh process: the import and the analysis leave this one's heap large, and
    // a case's peak RSS should be its own.
    const runTs = fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url));
    const rows: Record<string, string | number>[] = [];
    for (const c of only) {
      const child = spawnSync(process.execPath, [runTs, fileURLToPath(import.meta.url), "--measure", c], {
        stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 24,
        env: { ...process.env, DIAGONAL_BENCH_WIPE: "1", NEO4J_URI: db.config.uri, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? process.env.DIAGONAL_NEO4J_PASSWORD ?? "diagonal-local" },
      });
      const line = child.stdout.split("\n").find((l) => l.startsWith("ROW "));
      if (child.status !== 0 || !line) rows.push({ case: c, seconds: "failed", peakRssMb: `exit ${child.status}`, output: child.stdout.trim().split("\n").slice(-1)[0] ?? "" });
      else rows.push(JSON.parse(line.slice(4)) as Record<string, string | number>);
      console.log(`${c}: ${JSON.stringify(rows[rows.length - 1])}`);
    }
    printTable(rows);
    console.log("target: each under 10 s");
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

async function subjects(): Promise<{ theme: string; project: string }> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    const [r] = (await session.executeRead((tx) => tx.run(cypher("bench/report-subjects")))).records;
    if (!r) throw new Error("no theme or no suggestion to report on: import and analyse first");
    return { theme: r.get("theme") as string, project: r.get("project") as string };
  } finally {
    await session.close();
  }
}

async function measureCase(c: Case): Promise<Record<string, string | number>> {
  if (c === "health" || c === "theme" || c === "letter") {
    const s = c === "health" ? undefined : await subjects();
    const subject = c === "theme" ? s!.theme : c === "letter" ? s!.project : undefined;
    const report = await measure(() => buildReport(db, { kind: c, format: "html", ...(subject ? { subject } : {}) }));
    return { case: `${c} report (html)${subject ? ` ${subject}` : ""}`, seconds: report.seconds, peakRssMb: Math.round(report.peakRssMb), output: `${Math.round(Buffer.byteLength(report.result.body) / 1024)} KB` };
  }
  const dir = await mkdtemp(join(tmpdir(), "diagonal-bench-"));
  try {
    const file = join(dir, `graph.${c}`);
    const run = await measure(async () => {
      const out = createWriteStream(file);
      const counts = await streamExport(db, { format: c }, "all", { begin: () => {}, write: async (chunk) => { if (!out.write(chunk)) await once(out, "drain"); } });
      out.end();
      await once(out, "finish");
      return counts;
    });
    const size = (await stat(file)).size;
    return { case: `${c.toUpperCase()} export (to a file)`, seconds: run.seconds, peakRssMb: Math.round(run.peakRssMb), output: `${Math.round(size / 2 ** 20)} MB, ${run.result.nodes} nodes, ${run.result.edges} edges` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
