// Import speed and memory: CORDIS H2020 (real, ~31k projects) and generated datasets at 10k and 100k
// projects, each into an emptied database, through importDataset. Each dataset is imported whole
// (one transaction, as the importer does) and, with --slices, the large ones also in slices of 5,000
// projects (one import per slice), which fits a server with a small transaction-memory limit. Prints
// a table; no thresholds are asserted (the target, CORDIS under 20 s on two cores, is read off it).
//   npm run bench:import [-- --only cordis,generated-10k] [--slices] [--no-warmup]
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { readCordis } from "../src/sources/cordis.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { ENTITY_NAMES, type Dataset } from "../src/schemas/index.ts";
import { importDataset } from "../src/services/import-service.ts";
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
      const modes: [string, () => Promise<unknown>][] = [["whole", () => importDataset(db, dataset)]];
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
    }
    await wipe(db);
  } finally {
    await db.close();
  }
  printTable(table);
}

await main();
