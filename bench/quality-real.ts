// The backtest (src/evaluation) on real and generated data, in memory — no Neo4j needed: CORDIS
// H2020 (../shared/data/cordis-h2020: projects split by start date, partners and programme parts, no
// text) and generated data with planted structure. Prints the tables of `diagonal evaluate`.
// Usage: npm run quality:real [-- --source cordis|generated|both --projects 10000 --seed 1 --max-queries N
//        --per-feature N]   (candidates kept per feature; the pool is their union: see candidate recall)
import { parseArgs } from "node:util";
import { datasetToGraph } from "../src/analysis/graph.ts";
import { backtest, BACKTEST_DEFAULTS } from "../src/evaluation/backtest.ts";
import { formatBacktest } from "../src/evaluation/report.ts";
import { contactBacktest, formatContactBacktest } from "../src/evaluation/contacts-backtest.ts";

/** Organisations queried for the contacts table (each visits its two-step neighbourhood). */
const CONTACT_QUERIES = 300;
import { generateDataset } from "../src/generator/generate.ts";
import { readCordis } from "../src/sources/cordis.ts";

const { values } = parseArgs({
  options: {
    source: { type: "string", default: "both" },
    projects: { type: "string", default: "10000" },
    seed: { type: "string", default: String(BACKTEST_DEFAULTS.seed) },
    "max-queries": { type: "string" },
    "cordis-projects": { type: "string" },
    "per-feature": { type: "string" },
    "no-ablation": { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const maxQueries = values["max-queries"] ? Number(values["max-queries"]) : Infinity;
const pool = values["per-feature"] ? { perFeature: Number(values["per-feature"]) } : undefined;
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

async function run(name: string, load: () => Promise<ReturnType<typeof datasetToGraph>>) {
  const graph = await load();
  console.log(`\n== ${name}: ${graph.order} nodes, ${graph.size} relationships (loaded at ${seconds()} s)`);
  const report = backtest(graph, { seed, maxQueries, pool, ablation: !values["no-ablation"], onProgress: (s) => console.error(`  ${s} (${seconds()} s)`) });
  console.log(formatBacktest(report));
  console.log(`(${seconds()} s)`);
  // Introductions between organisations, its own table (src/evaluation/contacts-backtest.ts).
  const contacts = contactBacktest(graph, { seed, maxQueries: Math.min(maxQueries, CONTACT_QUERIES) }, (s) => console.error(`  contacts: ${s} (${seconds()} s)`));
  console.log(`\n${formatContactBacktest(contacts)}`);
  console.log(`(${seconds()} s)`);
}

if (values.source === "cordis" || values.source === "both") {
  await run("CORDIS H2020", async () => datasetToGraph(await readCordis(values["cordis-projects"] ? { maxProjects: Number(values["cordis-projects"]) } : {})));
}
if (values.source === "generated" || values.source === "both") {
  const projects = Number(values.projects);
  await run(`generated (${projects} networks, seed ${seed})`, async () => datasetToGraph(generateDataset({ projects, seed }).dataset));
}
