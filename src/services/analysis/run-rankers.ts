// A run's recommendation models: learned on the graph's own history and the coordinator's decisions
// (src/analysis/recommend/learned-ranker.ts), or the blend of hand-given signal weights. Learning
// is the costliest stage of a run on a large graph, and it is deterministic in what it learns from
// (the graph, the decisions, the seed, the pool weights and the learner's settings): when all of
// these equal the previous complete run's, that run's rankers are taken as they are, and the run
// records which run fitted them and why they were reused.
import { createHash } from "node:crypto";
import { defaultRankers, learnRankers, LEARNED_RANKER_DEFAULTS, type Rankers } from "../../analysis/recommend/learned-ranker.ts";
import type { DiagonalGraph } from "../../analysis/graph.ts";
import type { AnalysisParams } from "../../schemas/analysis.ts";
import type { StoredRun } from "./records.ts";

/** Bumped when the learner changes what it fits from the same inputs, so older runs' rankers are not reused. */
export const LEARNER_VERSION = 3;

/** What a run stores about its rankers (in its params): what they were learned from, and from which run they came if reused. */
export interface RankerProvenance {
  /** Hash of everything learning reads: the graph's fingerprint, the decisions, the seed, the weights, the learner's settings. */
  inputs: string;
  /** The run that fitted the rankers, when this run reused them. */
  reusedFrom?: string;
  /** Why they were reused (or why they are the defaults). */
  reason?: string;
}

/** The decision labels learning reads (pair and verdict), in a stable order. */
type DecisionLabel = { a: string; b: string; decision: string };

/** One hash of everything the learned rankers depend on. */
export function rankerInputs(graphFingerprint: string, decisions: readonly DecisionLabel[], p: Pick<AnalysisParams, "seed" | "weights">): string {
  const labels = decisions.map((d) => `${d.a}|${d.b}|${d.decision}`).sort();
  const weights = Object.entries(p.weights).sort(([x], [y]) => (x < y ? -1 : 1));
  const text = JSON.stringify([LEARNER_VERSION, LEARNED_RANKER_DEFAULTS, graphFingerprint, p.seed, weights, labels]);
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** The previous run's provenance, if it stored one. */
export function provenanceOf(run: StoredRun | undefined): RankerProvenance | undefined {
  const r = run?.params?.rankers as RankerProvenance | undefined;
  return r && typeof r.inputs === "string" ? r : undefined;
}

export interface RunRankersInput {
  graph: DiagonalGraph;
  graphFingerprint: string;
  params: AnalysisParams;
  /** Signal weights given by hand for this run: no learning, the blend ranks. */
  weightsGiven: boolean;
  decisions: readonly DecisionLabel[];
  previous?: StoredRun;
}

/** The run's rankers and their provenance: the previous run's when nothing learning reads changed, else fitted now. */
export function runRankers(input: RunRankersInput): { rankers: Rankers; provenance: RankerProvenance } {
  const { graph, params: p, weightsGiven, decisions, previous } = input;
  const inputs = rankerInputs(input.graphFingerprint, decisions, p);
  if (weightsGiven) {
    const reason = "signal weights given for this run (--weights, or weights in the request): recommendations rank by their blend";
    return { rankers: defaultRankers(reason), provenance: { inputs, reason } };
  }
  const before = provenanceOf(previous);
  if (previous?.rankers && before?.inputs === inputs && !before.reason?.startsWith("signal weights given")) {
    const fittedBy = before.reusedFrom ?? previous.id;
    return {
      rankers: previous.rankers,
      provenance: { inputs, reusedFrom: fittedBy, reason: `the graph, the decisions, the seed and the weights are unchanged since run ${previous.id}: its rankers (fitted by run ${fittedBy}) are reused` },
    };
  }
  const rankers = learnRankers(graph, (project) => project.start !== undefined, {
    seed: p.seed,
    decisions: decisions.map((d) => ({ a: d.a, b: d.b, accepted: d.decision === "accepted" })),
    pool: { weights: p.weights },
  });
  return { rankers, provenance: { inputs } };
}
