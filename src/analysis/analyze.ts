// The analysis entry point: similarity over candidate pairs, Louvain communities with stable labels,
// explained collaboration suggestions and opportunities, from a DiagonalGraph and options. Pure and
// deterministic: the same graph and options give a deep-equal result.
import { alignCommunities } from "./align-communities.ts";
import { candidatePairs } from "./candidates.ts";
import { detectCommunities } from "./communities.ts";
import type { DiagonalGraph, ProjectNode } from "./graph.ts";
import { nodeKey } from "./graph.ts";
import { brokerPartners } from "./opportunities/brokers.ts";
import { learnFromPastNetworks } from "./opportunities/learn-from.ts";
import { isolatedNetworks } from "./opportunities/isolated-networks.ts";
import { partnerRecommendations } from "./opportunities/partner-recommendations.ts";
import { reusableOutcomes } from "./opportunities/reusable-outcomes.ts";
import { themeGaps } from "./opportunities/theme-gaps.ts";
import { buildProfiles } from "./profiles.ts";
import { checkWeights, neighbourIndex, scorePairs } from "./similarity.ts";
import { suggestCollaborations } from "./suggestions.ts";
import type { AnalysisOptions, AnalysisResult, ProgressListener } from "./types.ts";

function checkOptions(o: AnalysisOptions) {
  if (!Number.isInteger(o.seed)) throw new Error(`diagonal/analyze: seed must be a whole number, got ${String(o.seed)}`);
  if (!(typeof o.resolution === "number" && Number.isFinite(o.resolution) && o.resolution > 0)) {
    throw new Error(`diagonal/analyze: resolution must be a number > 0, got ${String(o.resolution)}`);
  }
  if (!Number.isInteger(o.suggestionsPerProject) || o.suggestionsPerProject < 1) {
    throw new Error(`diagonal/analyze: suggestionsPerProject must be a whole number ≥ 1, got ${String(o.suggestionsPerProject)}`);
  }
  checkWeights(o.weights, "diagonal/analyze");
}

export function analyzeGraph(graph: DiagonalGraph, options: AnalysisOptions, onProgress?: ProgressListener): AnalysisResult {
  checkOptions(options);
  const profiles = buildProfiles(graph);
  const n = profiles.projectIds.length;
  if (n < 2) throw new Error(`diagonal/analyze: need at least 2 projects, found ${n}`);

  onProgress?.("similarity", 0, 1);
  const pairs = scorePairs(profiles, candidatePairs(profiles, options.weights, options.seed), options.weights);
  onProgress?.("similarity", 1, 1);

  onProgress?.("communities", 0, 1);
  const raw = detectCommunities(profiles, pairs, { seed: options.seed, resolution: options.resolution });
  const labels = alignCommunities(profiles, raw.membership, options.previousCommunities);
  onProgress?.("communities", 1, 1);

  onProgress?.("suggestions", 0, 1);
  const neighbours = neighbourIndex(pairs, n);
  const suggestions = suggestCollaborations(graph, profiles, pairs, labels, options, neighbours);
  onProgress?.("suggestions", 1, 1);

  const projectName = (p: number) => (graph.getNodeAttributes(nodeKey("project", profiles.projectIds[p]!)) as ProjectNode).name;
  const steps = [
    () => brokerPartners(profiles, labels),
    () => isolatedNetworks(profiles, pairs, labels),
    () => themeGaps(profiles),
    () => reusableOutcomes(graph, profiles, pairs, {}, neighbours),
    () => partnerRecommendations(profiles, pairs, labels, projectName, {}, neighbours),
    // Seen from a day, past networks become something to learn from (network-periods.ts).
    () => (options.now !== undefined ? learnFromPastNetworks(graph, profiles, pairs, options.now, {}, neighbours) : []),
  ];
  const opportunities = steps.flatMap((step, i) => {
    onProgress?.("opportunities", i, steps.length);
    return step();
  });
  onProgress?.("opportunities", steps.length, steps.length);

  let outcomes = 0;
  graph.forEachNode((_, a) => {
    if (a.type === "outcome") outcomes++;
  });
  return {
    modularity: raw.modularity,
    communities: profiles.projectIds.map((projectId, i) => ({ projectId, community: labels[i]! })),
    suggestions,
    opportunities,
    counts: {
      projects: n,
      partners: profiles.partnerIds.length,
      themes: profiles.themeIds.length,
      outcomes,
      candidatePairs: pairs.score.length,
      communities: new Set(labels).size,
    },
  };
}
