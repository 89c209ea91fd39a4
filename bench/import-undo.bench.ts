// Undoing imports, timed: a generated dataset imported into an emptied database (one transaction,
// journaled), imported again over another seed's content (every row a change to a stored one, so
// every row gets a before-image), a sync that removes half the projects (confirmed), then each
// undone newest first. Prints seconds, journal entries and whether the graph's nodes and relationships (counted) came back.
//   NEO4J_URI=… DIAGONAL_BENCH_WIPE=1 node bin/run-ts.mjs bench/import-undo.bench.ts [-- --projects 2000]
import { generateDataset } from "../src/generator/generate.ts";
import { importDataset } from "../src/services/import-service.ts";
import { undoImportJob } from "../src/services/import-jobs.ts";
import { benchDatabase, measure, printTable, wipe } from "./bench-db.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main() {
  const projects = arg("projects", 2_000);
  const db = await benchDatabase();
  const count = async (query: string, params: Record<string, unknown> = {}) => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
    try {
      return (await session.run(query, params)).records[0]!.get("n").toNumber() as number;
    } finally {
      await session.close();
    }
  };
  // The graph without the journal (jobs and entries) and the data version counter.
  const counts = () => count("MATCH (n) WHERE NOT n:ImportJob AND NOT n:ImportUndo AND NOT n:DataVersion RETURN count(n) + COUNT { ()-[]->() } AS n");
  const journal = (job: string) => count("MATCH (u:ImportUndo {importJob: $job}) RETURN count(u) AS n", { job });
  const rows: Record<string, string | number>[] = [];
  try {
    await wipe(db);
    const first = generateDataset({ projects, seed: 1 }).dataset;
    const second = generateDataset({ projects, seed: 2 }).dataset;
    const half = { projects: second.projects.slice(0, Math.floor(projects / 2)) };
    const empty = await counts();
    const steps: { name: string; job: string; nodesBefore: number }[] = [];
    for (const [name, data, opts] of [
      ["import (new rows)", first, {}],
      ["re-import (changes)", second, {}],
      ["sync (half the projects)", half, { sync: ["projects"] as ["projects"], yes: true }],
    ] as const) {
      const nodesBefore = await counts();
      const m = await measure(() => importDataset(db, data, { ...opts, by: "bench" }));
      const job = m.result.job!;
      steps.push({ name, job, nodesBefore });
      rows.push({ step: name, seconds: m.seconds.toFixed(2), journal: await journal(job), "nodes+rels": await counts(), "as before": "" });
    }
    for (const s of [...steps].reverse()) {
      const m = await measure(() => undoImportJob(db, s.job, { by: "bench" }));
      const nodes = await counts();
      rows.push({ step: `undo ${s.name}`, seconds: m.seconds.toFixed(2), journal: 0, "nodes+rels": nodes, "as before": nodes === s.nodesBefore ? "yes" : `no (${s.nodesBefore})` });
    }
    rows.push({ step: "empty at start", seconds: "", journal: "", "nodes+rels": empty, "as before": "" });
    console.log(`generated ${projects} projects (seed 1, then seed 2)`);
    printTable(rows);
  } finally {
    await db.close();
  }
}

await main();
