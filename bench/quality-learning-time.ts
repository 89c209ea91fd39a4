// Time of learning the rankers as an analysis run does (all dated networks as history) on CORDIS
// H2020 or generated data, in wall and CPU seconds, and the size of the stored models (JSON).
// Usage: node bin/run-ts.mjs bench/quality-learning-time.ts [-- --source cordis|generated --projects 10000]
import { parseArgs } from "node:util";
import { datasetToGraph } from "../src/analysis/graph.ts";
import { learnRankers } from "../src/analysis/recommend/learned-ranker.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { ANALYSIS_DEFAULTS } from "../src/schemas/analysis.ts";
import { readCordis } from "../src/sources/cordis.ts";

const { values } = parseArgs({ options: { source: { type: "string", default: "cordis" }, projects: { type: "string", default: "10000" } } });
const graph = datasetToGraph(values.source === "cordis" ? await readCordis() : generateDataset({ projects: Number(values.projects), seed: 1 }).dataset);
const cpu = process.cpuUsage();
const wall = performance.now();
const rankers = learnRankers(graph, (p) => p.start !== undefined, { seed: ANALYSIS_DEFAULTS.seed });
const used = process.cpuUsage(cpu);
console.log(
  `${values.source}: learning ${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ` +
    `stored models ${(JSON.stringify(rankers).length / 1024).toFixed(0)} KiB (partners ${rankers.partners.trees?.trees.length ?? 0} trees, networks ${rankers.networks.trees?.trees.length ?? 0} trees)`,
);
