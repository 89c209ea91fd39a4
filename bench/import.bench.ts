// Import speed and memory: CORDIS H2020 (real, ~31k projects) and generated datasets at 10k and 100k
// projects, each into an emptied database, through importDataset (imports above 50k rows are
// staged: batches with an undo journal, which fits the everyday 512 MB server) and, on the same
// rows, the two anchors of import-anchors.ts: a bare Bolt UNWIND … MERGE script and
// `neo4j-admin database import`. Prints a table with the ratios (targets: ≤ 1.5× the bare script,
// ≤ 3× neo4j-admin); no thresholds are asserted. With --slices the large ones are also imported in
// slices of 5,000 projects, and with --one-transaction also as one transaction (needs a big heap).
//   npm run bench:import [-- --only cordis,generated-10k] [--slices] [--one-transaction] [--no-warmup]
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { readCordis } from "../src/sources/cordis.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { ENTITY_NAMES, type Dataset } from "../src/schemas/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { adminImport, bareBoltImport } from "./import-anchors.ts";
import { benchDatabase, datasetSlices, measure, printTable, selectedCases, wipe } from "./bench-db.ts";

const SLICE = 5_000;

const CASES: { name: string; load: () => Promise<Dataset> }[] = [
  { name: "cordis", load: () => readCordis() },
  { name: "generated-10k", load: async () => generateDataset({ projects: 10_000, seed: 1 }).dataset },
  { name: "generated-100k", load: async () => generateDataset({ projects: 100_000, seed: 1 }).dataset },
];

const rowsOf = (d: Dataset) => ENTITY_NAMES.reduce((n, k) => n + d[k].length, 0);

async function main() {
  const only = selectedCases();
  const slices = process.argv.includes("--slices");
  const db = await benchDatabase();
  const table: Record<string, string | number>[] = [];
  const ratios: Record<string, string | number>[] = [];
  try {
    // A freshly started server compiles its query plans and warms the JVM on the first import:
    // one small import first, not counted, so the table measures the import and not the start-up.
    if (!process.argv.includes("--no-warmup")) {
      await wipe(db);
      await importDataset(db, generateDataset({ projects: 2_000, seed: 99 }).dataset);
      console.error("warm-up import done");
    }
    for (const c of CASES) {
      if (only && !only.has(c.name)) continue;
      const read = await measure(c.load);
      const dataset = read.result;
      const rows = rowsOf(dataset);
      const modes: [string, () => Promise<unknown>][] = [
        ["diagonal", () => importDataset(db, dataset)],
        ["bare bolt", () => bareBoltImport(db, dataset)],
      ];
      if (process.argv.includes("--one-transaction")) modes.push(["one transaction", () => importDataset(db, dataset, { stagedAbove: Number.MAX_SAFE_INTEGER })]);
      if (slices && dataset.projects.length > SLICE) {
        modes.push([`slices of ${SLICE / 1000}k`, async () => { for (const slice of datasetSlices(dataset, SLICE)) await importDataset(db, slice); }]);
      }
      for (const [mode, work] of modes) {
        await wipe(db);
        const row = { dataset: c.name, mode, projects: dataset.projects.length, rows, "read s": read.seconds };
        try {
          const run = await measure(work);
          table.push({ ...row, "import s": run.seconds, "rows/s": Math.round(rows / run.seconds), "peak RSS MB": Math.round(Math.max(read.peakRssMb, run.peakRssMb)), "maxRSS MB": Math.round(run.maxRssMb) });
          console.error(JSON.stringify(table.at(-1)));
        } catch (err) {
          table.push({ ...row, "import s": "failed", "rows/s": "-", "peak RSS MB": "-", "maxRSS MB": "-" });
          console.error(`${c.name} (${mode}): import failed: ${(err as Error).message.split("\n")[0]}`);
        }
        console.error(`${c.name} (${mode}) done`);
      }
      // The offline floor: neo4j-admin into a scratch database (no server involved).
      const row = { dataset: c.name, mode: "neo4j-admin", projects: dataset.projects.length, rows, "read s": read.seconds };
      try {
        const admin = adminImport(dataset);
        table.push({ ...row, "import s": admin.seconds, "rows/s": Math.round(rows / admin.seconds), "peak RSS MB": "-", "maxRSS MB": "-" });
      } catch (err) {
        table.push({ ...row, "import s": "failed", "rows/s": "-", "peak RSS MB": "-", "maxRSS MB": "-" });
        console.error(`${c.name} (neo4j-admin): ${(err as Error).message.split("\n")[0]}`);
      }
      const seconds = (mode: string) => table.find((r) => r.dataset === c.name && r.mode === mode)?.["import s"];
      const ratio = (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? `${(a / b).toFixed(2)}×` : "-");
      ratios.push({ dataset: c.name, "diagonal s": seconds("diagonal") ?? "-", "bare bolt s": seconds("bare bolt") ?? "-", "neo4j-admin s": seconds("neo4j-admin") ?? "-",
        "diagonal / bare bolt (≤ 1.5×)": ratio(seconds("diagonal"), seconds("bare bolt")), "diagonal / neo4j-admin (≤ 3×)": ratio(seconds("diagonal"), seconds("neo4j-admin")) });
    }
    await wipe(db);
  } finally {
    await db.close();
  }
  printTable(table);
  console.log("");
  printTable(ratios);
}

await main();
