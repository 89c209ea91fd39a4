// Prints the analysis quality figures on generated data with planted structure — community NMI
// against the hidden groups, the top-5 rate of planted complementary pairs, held-out partner
// recall@10 against the common-neighbours baseline, determinism — and a quick in-process timing of
// analyzeGraph (wall and CPU time per stage) on generated 10k networks and on CORDIS H2020 (or, when
// that data is absent, a generated proxy of its size: 31k networks, ~4.6 partners each, 17 themes).
// Usage: npm run quality [-- --projects 2000 --seed 1 --quick]   (--quick skips the timing)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { alignCommunities } from "../src/analysis/align-communities.ts";
import { analyzeGraph } from "../src/analysis/analyze.ts";
import { candidatePairs } from "../src/analysis/candidates.ts";
import { detectCommunities } from "../src/analysis/communities.ts";
import { datasetToGraph, type DiagonalGraph } from "../src/analysis/graph.ts";
import { buildProfiles } from "../src/analysis/profiles.ts";
import { communityNmi, complementaryTopKRate, heldOutRecall } from "../src/evaluation/planted-structure.ts";
import { scorePairs } from "../src/analysis/similarity.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "../src/analysis/options.ts";
import { CORDIS_DIR, readCordis } from "../src/sources/cordis.ts";

const { values } = parseArgs({
  options: { projects: { type: "string", default: "2000" }, seed: { type: "string", default: "1" }, quick: { type: "boolean", default: false } },
});
const projects = Number(values.projects);
const seed = Number(values.seed);
const o = DEFAULT_ANALYSIS_OPTIONS;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const { dataset, truth } = generateDataset({ projects, seed });
const result = analyzeGraph(datasetToGraph(dataset), o);
const again = analyzeGraph(datasetToGraph(dataset), o);

const held = generateDataset({ projects, seed, holdOut: 0.1 });
const profiles = buildProfiles(datasetToGraph(held.dataset));
const pairs = scorePairs(profiles, candidatePairs(profiles, o.weights, o.seed), o.weights);
const labels = alignCommunities(profiles, detectCommunities(profiles, pairs, { seed: o.seed, resolution: o.resolution }).membership);
const recall = heldOutRecall(profiles, pairs, labels, held.truth.heldOut!, 10);

console.log(`generated: ${projects} networks, ${new Set(Object.values(truth.groupOf)).size} planted groups, seed ${seed}`);
console.log(`communities: ${result.counts.communities}, modularity ${result.modularity.toFixed(3)}, NMI vs planted groups ${communityNmi(result, truth).toFixed(3)}`);
console.log(`planted complementary pairs in each other's top 5: ${pct(complementaryTopKRate(result, truth, 5))} of ${truth.complementaryPairs.length}`);
console.log(`held-out partners (${recall.heldOut}, 10%) back in the network's top 10: ${pct(recall.recall)} (common-neighbours baseline ${pct(recall.baselineRecall)})`);
console.log(`same data + options → deep-equal result: ${isDeepStrictEqual(result, again)}`);

if (!values.quick) {
  const time = (name: string, graph: DiagonalGraph) => {
    const stages: string[] = [];
    const cpuSeconds = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    let last = performance.now();
    let lastCpu = cpuSeconds();
    const start = last;
    const cpu = process.cpuUsage();
    const r = analyzeGraph(graph, o, (stage, done, total) => {
      if (done === total) {
        const now = performance.now();
        const nowCpu = cpuSeconds();
        stages.push(`${stage} ${((now - last) / 1000).toFixed(2)} s / ${(nowCpu - lastCpu).toFixed(2)} s CPU`);
        last = now;
        lastCpu = nowCpu;
      }
    });
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(
      `${name}: ${r.counts.projects} networks, ${r.counts.partners} partners, ${r.counts.candidatePairs} candidate pairs → ` +
        `${wall.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (${stages.join(", ")}); ` +
        `${r.suggestions.length} suggestions, ${r.opportunities.length} opportunities, ${r.counts.communities} communities`,
    );
  };
  time("generated 10k", datasetToGraph(generateDataset({ projects: 10_000, seed: 1 }).dataset));
  if (existsSync(join(CORDIS_DIR, "h2020_participations.csv.gz"))) time("CORDIS H2020", datasetToGraph(await readCordis()));
  else time("CORDIS-size proxy", datasetToGraph(generateDataset({ projects: 31_000, seed: 1, themes: 17, partnersPerProject: 4.6, outcomesPerProject: 0 }).dataset));
}
