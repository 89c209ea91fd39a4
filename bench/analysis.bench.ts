// Time and peak memory of a full analysis run — projection from Neo4j, analysis, learning, batched
// write-back — on generated datasets (1k … 130k projects) and on CORDIS H2020, each step beside an
// anchor measured in the same run on the same data:
//   - projection: the product's projectGraph against a plain read of the same query's rows (each
//     record fetched and dropped, no graph built);
//   - Louvain: the product's detectCommunities (building its graph and running Louvain) against a
//     bare graphology-communities-louvain call on that same graph with the same seed and resolution.
// Then each stage's seconds inside the run (projection, similarity/candidates, communities,
// suggestions, opportunities, learning, writing), peak RSS, the growth factor between generated
// sizes (time ratio ÷ size ratio: 1.0 is linear), and one project's suggestions read from the
// database and from the read cache. Data is loaded through the importer in slices first (not timed).
// No thresholds are asserted (targets: CORDIS under 15 s and 1.5 GB; Louvain ≤ 1.2× its anchor).
//   npm run bench:analysis [-- --only generated-10k,cordis] [--runs 2] [--reuse] [--keep] [--in-memory]
// --runs N: N analysis runs on the same data (the second one follows the first's labels and may
//   reuse its rankers). --reuse: measure what the database holds (no wipe, no import; give one case
//   with --only to name it). --keep: leave the last dataset in the database (for a later --reuse).
// --in-memory: no database — the analysis and the learning on the dataset's graph (datasetToGraph),
//   each later run following the previous run's community labels, as a stored run would (for sizes
//   the server would take too long to load; projection and write-back are then not measured).
// --period running|all: which networks the runs' suggestions pair (default: the service's default).
// --live-heap: a full GC at each stage's start (needs node --expose-gc) prints the heap the run
//   still holds then, beside each stage's peak; it slows the runs, so time them without it.
// --server-pid N (or DIAGONAL_BENCH_NEO4J_PID): the Neo4j server's process, so each stage's CPU is
//   printed for both processes (bench/cpu-clock.ts), with the load average at start and end.
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { parseArgs } from "node:util";
import { readCordis } from "../src/sources/cordis.ts";
import { generateDataset } from "../src/generator/generate.ts";
import type { Dataset } from "../src/schemas/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { analysisParams, getSuggestions, runAnalysis, type RunStage } from "../src/services/analysis/index.ts";
import { projectGraph } from "../src/services/projection.ts";
import { buildProfiles } from "../src/analysis/profiles.ts";
import { candidatePairs } from "../src/analysis/candidates.ts";
import { scorePairs } from "../src/analysis/similarity.ts";
import { communityGraph, detectCommunities, louvain, louvainOptions } from "../src/analysis/communities.ts";
import { cypher, type Database } from "../src/db/index.ts";
import { datasetToGraph, type DiagonalGraph } from "../src/analysis/graph.ts";
import { analyzeGraph } from "../src/analysis/analyze.ts";
import { toAnalysisOptions } from "../src/analysis/options.ts";
import { learnRankers } from "../src/analysis/recommend/learned-ranker.ts";
import { benchDatabase, datasetSlices, measure, printTable, wipe } from "./bench-db.ts";
import { cpuNow, loadAverage, serverPid, type CpuReading } from "./cpu-clock.ts";
import { stageMemory } from "./stage-memory.ts";

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

const generated = (projects: number) => async () => generateDataset({ projects, seed: 1 }).dataset;
const CASES: { name: string; load: () => Promise<Dataset> }[] = [
  { name: "generated-1k", load: generated(1_000) },
  { name: "generated-10k", load: generated(10_000) },
  { name: "generated-50k", load: generated(50_000) },
  { name: "generated-100k", load: generated(100_000) },
  { name: "generated-130k", load: generated(130_000) },
  { name: "cordis", load: () => readCordis() },
];
const DEFAULT_CASES = new Set(["generated-1k", "generated-10k", "generated-50k", "cordis"]);

let neo4jPid: number | undefined;
/** Both processes' CPU seconds between two readings (the server's when it can be read). */
const cpuBetween = (a: CpuReading, b: CpuReading) => b.client - a.client + (a.server !== undefined && b.server !== undefined ? b.server - a.server : 0);
let lastCpu = 0;
const seconds = async (work: () => unknown) => {
  const t0 = performance.now();
  const c0 = cpuNow(neo4jPid);
  await work();
  lastCpu = cpuBetween(c0, cpuNow(neo4jPid));
  return (performance.now() - t0) / 1000;
};

/** The projection's anchor: the same query, every record fetched and its rows counted and dropped. Returns the row count. */
async function plainProjectionRead(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      let rows = 0;
      for await (const record of tx.run(cypher("analysis/projection"))) rows += (record.get("rows") as unknown[]).length;
      return rows;
    });
  } finally {
    await session.close();
  }
}

/** Stage seconds from the first report of each stage to the first report of the next (in run order). */
// "pruning" (removing runs beyond the retention setting) follows once the run is visible: a run's
// "total s" ends when it is visible, "with pruning s" when runAnalysis returns.
const STAGES: RunStage[] = ["projection", "similarity", "communities", "suggestions", "opportunities", "learning", "writing", "pruning"];
/** Client and server CPU seconds of each stage, between the same reports as stageSeconds. */
function stageCpu(firstSeen: Map<RunStage, number>, cpuAt: Map<RunStage, CpuReading>, end: CpuReading): Record<RunStage, string> {
  const seen = STAGES.filter((s) => firstSeen.has(s)).sort((x, y) => firstSeen.get(x)! - firstSeen.get(y)!);
  const out = Object.fromEntries(STAGES.map((s) => [s, "-"])) as Record<RunStage, string>;
  seen.forEach((s, i) => {
    const a = cpuAt.get(s)!;
    const b = i + 1 < seen.length ? cpuAt.get(seen[i + 1]!)! : end;
    const server = a.server !== undefined && b.server !== undefined ? (b.server - a.server).toFixed(2) : "?";
    out[s] = `${(b.client - a.client).toFixed(2)}/${server}`;
  });
  return out;
}

function stageSeconds(firstSeen: Map<RunStage, number>, end: number): Record<RunStage, number> {
  const seen = STAGES.filter((s) => firstSeen.has(s)).sort((x, y) => firstSeen.get(x)! - firstSeen.get(y)!);
  const out = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<RunStage, number>;
  seen.forEach((s, i) => (out[s] = ((i + 1 < seen.length ? firstSeen.get(seen[i + 1]!)! : end) - firstSeen.get(s)!) / 1000));
  return out;
}

async function main() {
  const { values: args } = parseArgs({
    options: { only: { type: "string" }, runs: { type: "string", default: "1" }, "server-pid": { type: "string" }, period: { type: "string" }, reuse: { type: "boolean", default: false }, "live-heap": { type: "boolean", default: false }, keep: { type: "boolean", default: false }, "in-memory": { type: "boolean", default: false } },
  });
  const only = args.only ? new Set(args.only.split(",")) : DEFAULT_CASES;
  const unknown = [...only].filter((n) => !CASES.some((c) => c.name === n));
  if (unknown.length) throw new Error(`--only: unknown case ${unknown.join(", ")}; expected some of ${CASES.map((c) => c.name).join(", ")}`);
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number ≥ 1, got "${args.runs}"`);
  if (args.reuse && only.size !== 1) throw new Error("--reuse measures what the database holds: name that one case with --only");
  if (args["in-memory"]) return inMemory(only, runs);
  neo4jPid = serverPid(args["server-pid"]);
  const period = args.period === undefined ? {} : { period: analysisParams({ period: args.period as never }).period };
  console.log(`load average at start: ${loadAverage()}; Neo4j CPU ${neo4jPid === undefined ? "not read (give --server-pid)" : `read from process ${neo4jPid}`}`);
  const db = await benchDatabase();
  const anchors: Record<string, string | number>[] = [];
  const stages: Record<string, string | number>[] = [];
  const cpuStages: Record<string, string | number>[] = [];
  const memoryStages: Record<string, string | number>[] = [];
  const totals: Record<string, string | number>[] = [];
  let previous: { projects: number; seconds: number } | undefined;
  try {
    for (const c of CASES) {
      if (!only.has(c.name)) continue;
      if (!args.reuse) {
        await wipe(db);
        const dataset = await c.load();
        const load = await measure(async () => { for (const slice of datasetSlices(dataset, 5_000)) await importDataset(db, slice); });
        console.error(`${c.name}: loaded ${dataset.projects.length} projects in ${load.seconds.toFixed(1)} s`);
      }
      const p = analysisParams({});

      // Anchors first (they also warm the server's page cache for the product's reads alike).
      let rows = 0;
      const plainRead = await seconds(async () => (rows = await plainProjectionRead(db)));
      let graph!: Awaited<ReturnType<typeof projectGraph>>;
      const plainReadCpu = lastCpu;
      const projection = await seconds(async () => (graph = await projectGraph(db)));
      const projectionCpu = lastCpu;
      let profiles = buildProfiles(graph);
      let pairs = scorePairs(profiles, candidatePairs(profiles, p.weights, p.seed), p.weights);
      const detect = await seconds(() => detectCommunities(profiles, pairs, { seed: p.seed, resolution: p.resolution }));
      const detectCpu = lastCpu;
      let bareGraph = communityGraph(profiles.projectIds.length, pairs);
      const bare = await seconds(() => louvain.detailed(bareGraph, louvainOptions(p.seed, p.resolution)));
      const bareCpu = lastCpu;
      const projectIds = profiles.projectIds;
      const projects = projectIds.length;
      const communityEdges = bareGraph.size;
      // The anchors' graphs are dropped before the runs, so the runs' peak RSS is the product's.
      profiles = pairs = bareGraph = undefined as never;
      console.error(`${c.name}: ${rows} projection rows, ${communityEdges} community edges`);
      anchors.push({ dataset: c.name, step: "projection", "product s": projection, "anchor s": plainRead, ratio: projection / plainRead, anchor: `plain read of the same ${rows} rows`, "product CPU s": projectionCpu, "anchor CPU s": plainReadCpu, "CPU ratio": projectionCpu / plainReadCpu });
      anchors.push({ dataset: c.name, step: "louvain", "product s": detect, "anchor s": bare, ratio: detect / bare, anchor: `bare louvain.detailed, ${communityEdges} edges`, "product CPU s": detectCpu, "anchor CPU s": bareCpu, "CPU ratio": detectCpu / bareCpu });
      for (const a of anchors.slice(-2)) console.error(`${c.name}: anchor`, JSON.stringify(a));
      graph = undefined as never;

      for (let r = 1; r <= runs; r++) {
        globalThis.gc?.();
        const firstSeen = new Map<RunStage, number>();
        const cpuAt = new Map<RunStage, CpuReading>();
        const t0 = performance.now();
        const c0 = cpuNow(neo4jPid);
        const memory = stageMemory<RunStage>(args["live-heap"]);
        const run = await measure(() => runAnalysis(db, period, (stage) => {
          if (firstSeen.has(stage)) return;
          firstSeen.set(stage, performance.now());
          cpuAt.set(stage, cpuNow(neo4jPid));
          memory.enter(stage);
        }));
        const memoryPeaks = memory.stop();
        memoryStages.push({
          dataset: c.name, run: r,
          ...Object.fromEntries(STAGES.map((stage) => {
            const m = memoryPeaks.get(stage);
            return [stage, m ? `${m.peakRssMb}/${m.heapMb}/${m.externalMb}${m.liveAtStartMb === undefined ? "" : `/${m.liveAtStartMb}`}` : "-"];
          })),
        });
        const cEnd = cpuNow(neo4jPid);
        const s = stageSeconds(firstSeen, t0 + run.seconds * 1000);
        const cpu = stageCpu(firstSeen, cpuAt, cEnd);
        cpuStages.push({
          dataset: c.name, run: r,
          ...Object.fromEntries(STAGES.map((stage) => [stage, cpu[stage]])),
          total: `${(cEnd.client - c0.client).toFixed(2)}/${cEnd.server !== undefined && c0.server !== undefined ? (cEnd.server - c0.server).toFixed(2) : "?"}`,
        });
        const rankers = (run.result.params as { rankers?: { reusedFrom?: string } }).rankers;
        stages.push({
          dataset: c.name,
          run: r,
          "projection s": s.projection,
          "similarity s": s.similarity,
          "communities s": s.communities,
          "suggestions s": s.suggestions,
          "opportunities s": s.opportunities,
          "learning s": s.learning,
          "writing s": s.writing,
          "total s": run.result.seconds,
          "pruning s": s.pruning,
          "peak RSS MB": Math.round(run.peakRssMb),
          rankers: rankers?.reusedFrom ? "reused" : "fitted",
        });
        const growth = r === 1 && previous && c.name.startsWith("generated") ? (run.seconds / previous.seconds) / (projects / previous.projects) : undefined;
        const ids = sampleProjects(projectIds);
        await projectReads(db, ids.slice(0, 10));
        const fromDb = await projectReads(db, ids.slice(10));
        const cached = await projectReads(db, ids.slice(10));
        totals.push({
          dataset: c.name,
          run: r,
          projects,
          "total s": run.result.seconds,
          "with pruning s": run.seconds,
          suggestions: run.result.counts.suggestions,
          communities: run.result.counts.communities,
          "peak RSS MB": Math.round(run.peakRssMb),
          "maxRSS MB": Math.round(run.maxRssMb),
          growth: growth === undefined ? "-" : growth,
          "read ms p50/p99": `${fromDb.median.toFixed(1)}/${fromDb.p99.toFixed(1)}`,
          "cached ms p50/p99": `${cached.median.toFixed(2)}/${cached.p99.toFixed(2)}`,
        });
        if (r === 1 && c.name.startsWith("generated")) previous = { projects, seconds: run.seconds };
        console.error(`${c.name}: run ${r}`, JSON.stringify(stages.at(-1)));
      }
    }
    if (!args.reuse && !args.keep) await wipe(db);
  } finally {
    await db.close();
  }
  console.log("Steps against their anchors (same data, same run):");
  printTable(anchors);
  console.log("\nStages of each run (seconds from each stage's first progress report to the next's):");
  printTable(stages);
  console.log("\nCPU seconds of each stage, this process / Neo4j (steadier than wall clock on a shared machine):");
  printTable(cpuStages);
  console.log(`\nMemory of each stage, MB: peak RSS / V8 heap used at that peak / external (Buffers, typed arrays)${args["live-heap"] ? " / live heap at the stage's start (after a full GC)" : ""}:`);
  printTable(memoryStages);
  console.log("\nRuns:");
  printTable(totals);
  console.log("growth = (time ratio) / (size ratio) against the previous generated size; 1.0 is linear.");
  console.log(`load average at the end: ${loadAverage()}`);
}

/** The analysis and the learning on the dataset's graph, without a database, run after run. */
async function inMemory(only: ReadonlySet<string>, runs: number) {
  const stages: Record<string, string | number>[] = [];
  let previous: { projects: number; seconds: number } | undefined;
  for (const c of CASES) {
    if (!only.has(c.name)) continue;
    let graph: DiagonalGraph | undefined = datasetToGraph(await c.load());
    const p = analysisParams({});
    let labels: Map<string, number> | undefined;
    for (let r = 1; r <= runs; r++) {
      globalThis.gc?.();
      const firstSeen = new Map<RunStage, number>();
      const seen = (stage: RunStage) => { if (!firstSeen.has(stage)) firstSeen.set(stage, performance.now()); };
      const t0 = performance.now();
      const run = await measure(async () => {
        seen("projection");
        const result = analyzeGraph(graph!, toAnalysisOptions(p, labels ? { previousCommunities: labels } : {}), seen);
        seen("learning");
        learnRankers(graph!, (project) => project.start !== undefined, { seed: p.seed, pool: { weights: p.weights } });
        return result;
      });
      const s = stageSeconds(firstSeen, t0 + run.seconds * 1000);
      labels = new Map(run.result.communities.map((x) => [x.projectId, x.community]));
      const projects = run.result.counts.projects;
      const growth = r === 1 && previous ? (run.seconds / previous.seconds) / (projects / previous.projects) : undefined;
      if (r === 1) previous = { projects, seconds: run.seconds };
      stages.push({
        dataset: c.name, run: r, projects,
        "profiles s": s.projection, "similarity s": s.similarity, "communities s": s.communities, "suggestions s": s.suggestions,
        "opportunities s": s.opportunities, "learning s": s.learning, "total s": run.seconds,
        suggestions: run.result.suggestions.length, communities: run.result.counts.communities,
        "peak RSS MB": Math.round(run.peakRssMb), growth: growth === undefined ? "-" : growth,
      });
      console.error(`${c.name}: in-memory run ${r}`, JSON.stringify(stages.at(-1)));
    }
    graph = undefined;
  }
  console.log("In memory (no projection, no write-back), each later run following the previous run's labels:");
  printTable(stages);
  console.log("growth = (time ratio) / (size ratio) against the previous size; 1.0 is linear.");
}

/** Every 7th project up to 200, so reads are spread over the run; the first ten warm the plans. */
const sampleProjects = (projectIds: readonly string[]) => projectIds.filter((_p, i) => i % 7 === 0).slice(0, 200);

await main();
