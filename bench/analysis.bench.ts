// Time and peak memory of a full analysis run — projection from Neo4j, analysis, batched write-back
// — at 1k, 10k and 50k generated projects and on CORDIS H2020, with the growth factor between
// generated sizes (time ratio ÷ size ratio: 1.0 is linear), then how long one project's
// suggestions take to read: from the database (200 different projects, so none is cached; median
// and p99) and again from the read cache. Data is loaded through the importer in slices first (not
// part of the timing). Prints a table; no thresholds are asserted (targets: 10k under 10 s; CORDIS
// under 30 s and under 2 GB; one project's suggestions a few ms).
//   npm run bench:analysis [-- --only generated-1k,cordis]
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { readCordis } from "../src/sources/cordis.ts";
import { generateDataset } from "../src/generator/generate.ts";
import type { Dataset } from "../src/schemas/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { getSuggestions, runAnalysis, type RunStage } from "../src/services/analysis/index.ts";
import { benchDatabase, datasetSlices, measure, printTable, selectedCases, wipe } from "./bench-db.ts";

/** Median and p99 in ms of reading one project's suggestions (limit 10) for each project given. */
async function projectReads(db: Parameters<typeof getSuggestions>[0], projects: string[]): Promise<{ median: number; p99: number }> {
  const times: number[] = [];
  for (const project of projects) {
    const t0 = performance.now();
    await getSuggestions(db, { project, limit: 10 });
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

const CASES: { name: string; load: () => Promise<Dataset> }[] = [
  { name: "generated-1k", load: async () => generateDataset({ projects: 1_000, seed: 1 }).dataset },
  { name: "generated-10k", load: async () => generateDataset({ projects: 10_000, seed: 1 }).dataset },
  { name: "generated-50k", load: async () => generateDataset({ projects: 50_000, seed: 1 }).dataset },
  { name: "cordis", load: () => readCordis() },
];

async function main() {
  const only = selectedCases();
  const db = await benchDatabase();
  const table: Record<string, string | number>[] = [];
  let previous: { projects: number; seconds: number; generated: boolean } | undefined;
  try {
    for (const c of CASES) {
      if (only && !only.has(c.name)) continue;
      await wipe(db);
      const dataset = await c.load();
      const load = await measure(async () => { for (const slice of datasetSlices(dataset, 5_000)) await importDataset(db, slice); });
      console.error(`${c.name}: loaded ${dataset.projects.length} projects in ${load.seconds.toFixed(1)} s`);
      // Stage boundaries from the progress reports: when each stage was first reported.
      const firstSeen = new Map<RunStage, number>();
      const t0 = performance.now();
      const run = await measure(() => runAnalysis(db, {}, (stage) => { if (!firstSeen.has(stage)) firstSeen.set(stage, performance.now()); }));
      const end = t0 + run.seconds * 1000;
      const at = (s: RunStage) => firstSeen.get(s) ?? end;
      // Every 7th project up to 200, so reads are spread over the run; the first pass warms plans.
      const sample = dataset.projects.filter((_p, i) => i % 7 === 0).slice(0, 200).map((p) => p.id);
      await projectReads(db, sample.slice(0, 10));
      const fromDb = await projectReads(db, sample.slice(10));
      const cached = await projectReads(db, sample.slice(10));
      const generated = c.name.startsWith("generated");
      const growth = previous?.generated && generated
        ? (run.seconds / previous.seconds) / (dataset.projects.length / previous.projects)
        : undefined;
      table.push({
        dataset: c.name,
        projects: dataset.projects.length,
        "projection s": (at("similarity") - t0) / 1000,
        "analysis s": (at("writing") - at("similarity")) / 1000,
        "write s": (end - at("writing")) / 1000,
        "total s": run.seconds,
        suggestions: run.result.counts.suggestions,
        communities: run.result.counts.communities,
        "peak RSS MB": Math.round(run.peakRssMb),
        "read ms p50/p99": `${fromDb.median.toFixed(1)}/${fromDb.p99.toFixed(1)}`,
        "cached ms p50/p99": `${cached.median.toFixed(2)}/${cached.p99.toFixed(2)}`,
        "maxRSS MB": Math.round(run.maxRssMb),
        growth: growth === undefined ? "-" : growth,
      });
      previous = { projects: dataset.projects.length, seconds: run.seconds, generated };
      console.error(`${c.name}: analysed`, JSON.stringify(table.at(-1)));
    }
    await wipe(db);
  } finally {
    await db.close();
  }
  printTable(table);
  console.log("growth = (time ratio) / (size ratio) against the previous generated size; 1.0 is linear.");
}

await main();
