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
import { chooseSuggestions, suggestCollaborations } from "./suggestions.ts";
import type { AnalysisOptions, AnalysisResult, ProgressListener } from "./types.ts";
// A turn of the event loop, so that writes under way go out between two steps computed here.
import { setImmediate as turn } from "node:timers/promises";

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

/** What the first stages give: similarity, communities and suggestions, and what later stages read. */
interface CoreAnalysis {
  profiles: ReturnType<typeof buildProfiles>;
  pairs: ReturnType<typeof scorePairs>;
  modularity: number;
  labels: Int32Array;
  neighbours: ReturnType<typeof neighbourIndex>;
  suggestions: AnalysisResult["suggestions"];
}

/** Profiles, similarity and communities: what the suggestions and the opportunities read. */
function scoreAndCluster(graph: DiagonalGraph, options: AnalysisOptions, onProgress?: ProgressListener): Omit<CoreAnalysis, "suggestions"> {
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

  const neighbours = neighbourIndex(pairs, n);
  return { profiles, pairs, modularity: raw.modularity, labels, neighbours };
}

/** Similarity, communities and suggestions: everything but the opportunities. */
function coreAnalysis(graph: DiagonalGraph, options: AnalysisOptions, onProgress?: ProgressListener): CoreAnalysis {
  const scored = scoreAndCluster(graph, options, onProgress);
  onProgress?.("suggestions", 0, 1);
  const suggestions = suggestCollaborations(graph, scored.profiles, scored.pairs, scored.labels, options, scored.neighbours);
  onProgress?.("suggestions", 1, 1);
  return { ...scored, suggestions };
}

/** The opportunity finders, one step each, in the order their results are listed. */
function opportunitySteps(graph: DiagonalGraph, options: AnalysisOptions, core: CoreAnalysis): (() => AnalysisResult["opportunities"])[] {
  const { profiles, pairs, labels, neighbours } = core;
  const projectName = (p: number) => (graph.getNodeAttributes(nodeKey("project", profiles.projectIds[p]!)) as ProjectNode).name;
  return [
    () => brokerPartners(profiles, labels),
    () => isolatedNetworks(profiles, pairs, labels),
    () => themeGaps(profiles),
    () => reusableOutcomes(graph, profiles, pairs, {}, neighbours),
    () => partnerRecommendations(profiles, pairs, labels, projectName, {}, neighbours),
    // Seen from a day, past networks become something to learn from (network-periods.ts).
    () => (options.now !== undefined ? learnFromPastNetworks(graph, profiles, pairs, options.now, {}, neighbours) : []),
  ];
}

/** The communities of a core analysis, one per project. */
const communitiesOf = (core: Pick<CoreAnalysis, "profiles" | "labels">): AnalysisResult["communities"] => core.profiles.projectIds.map((projectId, i) => ({ projectId, community: core.labels[i]! }));

function assemble(graph: DiagonalGraph, core: CoreAnalysis, opportunities: AnalysisResult["opportunities"], communities = communitiesOf(core)): AnalysisResult {
  const { profiles, pairs, labels } = core;
  let outcomes = 0;
  graph.forEachNode((_, a) => {
    if (a.type === "outcome") outcomes++;
  });
  return {
    modularity: core.modularity,
    communities,
    suggestions: core.suggestions,
    opportunities,
    counts: {
      projects: profiles.projectIds.length,
      partners: profiles.partnerIds.length,
      themes: profiles.themeIds.length,
      outcomes,
      candidatePairs: pairs.score.length,
      communities: new Set(labels).size,
    },
  };
}

export function analyzeGraph(graph: DiagonalGraph, options: AnalysisOptions, onProgress?: ProgressListener): AnalysisResult {
  const core = coreAnalysis(graph, options, onProgress);
  const steps = opportunitySteps(graph, options, core);
  const opportunities = steps.flatMap((step, i) => {
    onProgress?.("opportunities", i, steps.length);
    return step();
  });
  onProgress?.("opportunities", steps.length, steps.length);
  return assemble(graph, core, opportunities);
}

/** What a caller storing results during the analysis receives, as soon as it is final. */
export interface StagedResults {
  /** The communities, and the chosen suggestions' pairs and scores (best first), before any is explained. */
  chosen(found: { communities: AnalysisResult["communities"]; pairs: { a: string; b: string; score: number }[] }): void;
  /** The next explained suggestions, in the order of `chosen`, from position `first`. */
  explained(first: number, suggestions: AnalysisResult["suggestions"]): void;
}

/**
 * Suggestions explained between two turns of the event loop in analyzeGraphInStages: as many as the
 * run writer puts in one write transaction (src/services/analysis/run-writer.ts, BATCH), so that at
 * every turn a writer whose batch is committed takes the next one while the next are explained.
 * With 10,000 per turn and batches of 2,500, the server idled between turns and most of the writing
 * was left for after the last suggestion.
 */
export const EXPLAINED_PER_TURN = 2_500;

/**
 * The same analysis and the same result as analyzeGraph, for a caller that stores results while
 * the rest is computed: `results` receives the communities and the chosen pairs once the pairs are
 * chosen, then the suggestions as they are explained, and the event loop gets a turn between
 * batches and between the opportunity steps, so the caller's writes go on meanwhile.
 */
export async function analyzeGraphInStages(
  graph: DiagonalGraph,
  options: AnalysisOptions,
  results: StagedResults,
  onProgress?: ProgressListener,
): Promise<AnalysisResult> {
  const scored = scoreAndCluster(graph, options, onProgress);
  const communities = communitiesOf(scored);
  onProgress?.("suggestions", 0, 1);
  const chosen = chooseSuggestions(graph, scored.profiles, scored.pairs, scored.labels, options, scored.neighbours);
  const count = chosen.order.length;
  results.chosen({ communities, pairs: Array.from({ length: count }, (_x, n) => ({ a: chosen.a(n), b: chosen.b(n), score: chosen.score(n) })) });
  const suggestions: AnalysisResult["suggestions"] = [];
  for (let first = 0; first < count; first += EXPLAINED_PER_TURN) {
    await turn();
    const batch: AnalysisResult["suggestions"] = [];
    for (let n = first; n < Math.min(count, first + EXPLAINED_PER_TURN); n++) batch.push(chosen.explain(n));
    for (const x of batch) suggestions.push(x);
    results.explained(first, batch);
  }
  onProgress?.("suggestions", 1, 1);
  const core: CoreAnalysis = { ...scored, suggestions };
  const steps = opportunitySteps(graph, options, core);
  const opportunities: AnalysisResult["opportunities"] = [];
  for (const [i, step] of steps.entries()) {
    onProgress?.("opportunities", i, steps.length);
    await turn();
    for (const o of step()) opportunities.push(o);
  }
  onProgress?.("opportunities", steps.length, steps.length);
  return assemble(graph, core, opportunities, communities);
}

