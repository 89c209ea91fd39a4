// A run's recommendation models: learned on the graph's own history and the coordinator's decisions
// (src/analysis/recommend/learned-ranker.ts), or the blend of hand-given signal weights. Learning
// is the costliest stage of a run on a large graph, and what it learns moves little when the graph
// barely moves. So a run takes the previous complete run's rankers as they are when the learner
// (its version and settings), the decisions, the seed and the weights are the same and the graph
// differs from the one the rankers were fitted on by less than RANKER_REUSE.maxGraphChange of its
// nodes and edges (estimated from two sketches, src/analysis/graph-sketch.ts; drift over several
// reusing runs adds up, since each compares with the fitting run's graph). The run records which run
// fitted them, how much the graph changed since, and why they were reused.
import { createHash } from "node:crypto";
import { defaultRankers, learnRankers, LEARNED_RANKER_DEFAULTS, type Rankers } from "../../analysis/recommend/learned-ranker.ts";
import type { DiagonalGraph } from "../../analysis/graph.ts";
import { sketchChange, type GraphSketch } from "../../analysis/graph-sketch.ts";
import type { AnalysisParams } from "../../schemas/analysis.ts";
import type { StoredRun } from "./records.ts";

/** Bumped when the learner changes what it fits from the same inputs, so older runs' rankers are not reused. */
export const LEARNER_VERSION = 3;

export const RANKER_REUSE = {
  /**
   * Largest share of the graph's elements (nodes and edges with their attributes) that may differ
   * from the graph the rankers were fitted on for them to be reused: 2 %, about 600 networks'
   * worth of rows on CORDIS H2020.
   */
  maxGraphChange: 0.02,
};

/** What a run stores about its rankers (in its params): what they were learned from, and from which run they came if reused. */
export interface RankerProvenance {
  /** Hash of everything learning reads: the graph's fingerprint, the decisions, the seed, the weights, the learner's settings. */
  inputs: string;
  /** The run that fitted the rankers, when this run reused them. */
  reusedFrom?: string;
  /** Why they were reused (or why they are the defaults). */
  reason?: string;
  /** The learner's version (LEARNER_VERSION) that fitted them. */
  learnerVersion?: number;
  /** Hash of everything learning reads except the graph: learner version and settings, decisions, seed, weights. */
  settings?: string;
  /** Sketch of the graph the rankers were fitted on (carried over by the runs that reuse them). */
  fittedOn?: GraphSketch;
  /** Estimated share of the graph's nodes and edges changed since the rankers were fitted (when reused). */
  graphChange?: number;
}

/** The decision labels learning reads (pair and verdict), in a stable order. */
type DecisionLabel = { a: string; b: string; decision: string };

/** One hash of everything the learned rankers depend on (the same text as before settings were hashed on their own). */
export function rankerInputs(graphFingerprint: string, decisions: readonly DecisionLabel[], p: Pick<AnalysisParams, "seed" | "weights">): string {
  const { labels, weights } = learningLabels(decisions, p);
  return sha(JSON.stringify([LEARNER_VERSION, LEARNED_RANKER_DEFAULTS, graphFingerprint, p.seed, weights, labels]));
}

/** One hash of everything the learned rankers depend on except the graph. */
export function rankerSettings(decisions: readonly DecisionLabel[], p: Pick<AnalysisParams, "seed" | "weights">): string {
  const { labels, weights } = learningLabels(decisions, p);
  return sha(JSON.stringify([LEARNER_VERSION, LEARNED_RANKER_DEFAULTS, p.seed, weights, labels]));
}

/** Decisions and weights in a stable order. */
function learningLabels(decisions: readonly DecisionLabel[], p: Pick<AnalysisParams, "weights">) {
  const labels = decisions.map((d) => `${d.a}|${d.b}|${d.decision}`).sort();
  const weights = Object.entries(p.weights).sort(([x], [y]) => (x < y ? -1 : 1));
  return { labels, weights };
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** The previous run's provenance, if it stored one. */
export function provenanceOf(run: StoredRun | undefined): RankerProvenance | undefined {
  const r = run?.params?.rankers as RankerProvenance | undefined;
  return r && typeof r.inputs === "string" ? r : undefined;
}

export interface RunRankersInput {
  graph: DiagonalGraph;
  graphFingerprint: string;
  /** Sketch of this run's graph (graph-sketch.ts): how far it moved from the graph the previous rankers were fitted on. */
  graphSketch?: GraphSketch;
  params: AnalysisParams;
  /** Signal weights given by hand for this run: no learning, the blend ranks. */
  weightsGiven: boolean;
  decisions: readonly DecisionLabel[];
  previous?: StoredRun;
  /** Largest graph change for reuse (default RANKER_REUSE.maxGraphChange). */
  maxGraphChange?: number;
}

const percent = (x: number) => `${(100 * x).toFixed(x < 0.001 ? 3 : 2)} %`;

/** The share of the graph changed since the previous rankers were fitted, when both graphs were sketched. */
function changeSinceFitted(before: RankerProvenance, sketch: GraphSketch | undefined): number | undefined {
  if (!before.fittedOn || !sketch) return undefined;
  try {
    return sketchChange(before.fittedOn, sketch);
  } catch {
    return undefined; // a stored sketch that does not read: fit again
  }
}

/**
 * The run's rankers and their provenance: the previous run's when the learner, the decisions, the
 * seed and the weights are unchanged and the graph changed less than the threshold since they were
 * fitted; else fitted now.
 */
export function runRankers(input: RunRankersInput): { rankers: Rankers; provenance: RankerProvenance } {
  const { graph, params: p, weightsGiven, decisions, previous } = input;
  const maxGraphChange = input.maxGraphChange ?? RANKER_REUSE.maxGraphChange;
  const inputs = rankerInputs(input.graphFingerprint, decisions, p);
  const settings = rankerSettings(decisions, p);
  const sketch = input.graphSketch ? { fittedOn: input.graphSketch } : {};
  if (weightsGiven) {
    const reason = "signal weights given for this run (--weights, or weights in the request): recommendations rank by their blend";
    return { rankers: defaultRankers(reason), provenance: { inputs, reason, learnerVersion: LEARNER_VERSION, settings } };
  }
  const before = provenanceOf(previous);
  if (previous?.rankers && before && !before.reason?.startsWith("signal weights given")) {
    const fittedBy = before.reusedFrom ?? previous.id;
    if (before.inputs === inputs) {
      return {
        rankers: previous.rankers,
        provenance: {
          inputs, reusedFrom: fittedBy, learnerVersion: LEARNER_VERSION, settings, graphChange: 0, ...(before.fittedOn ? { fittedOn: before.fittedOn } : sketch),
          reason: `the graph, the decisions, the seed and the weights are unchanged since run ${previous.id}: its rankers (fitted by run ${fittedBy}) are reused`,
        },
      };
    }
    // The learner's version is part of the settings: a new learner always fits again.
    const change = before.settings === settings && before.learnerVersion === LEARNER_VERSION ? changeSinceFitted(before, input.graphSketch) : undefined;
    if (change !== undefined && change < maxGraphChange) {
      // A change smaller than one sketch slot may not show in the estimate (the fingerprints differ).
      const share = change > 0 ? `about ${percent(change)}` : `under ${percent(1 / Math.max(1, before.fittedOn!.size))}`;
      return {
        rankers: previous.rankers,
        provenance: {
          inputs, reusedFrom: fittedBy, learnerVersion: LEARNER_VERSION, settings, graphChange: change, fittedOn: before.fittedOn!,
          reason: `the decisions, the seed, the weights and the learner are unchanged since run ${previous.id}, and ${share} of the graph's nodes and edges changed since run ${fittedBy} fitted the rankers (below ${percent(maxGraphChange)}): its rankers are reused`,
        },
      };
    }
  }
  const rankers = learnRankers(graph, (project) => project.start !== undefined, {
    seed: p.seed,
    decisions: decisions.map((d) => ({ a: d.a, b: d.b, accepted: d.decision === "accepted" })),
    pool: { weights: p.weights },
  });
  return { rankers, provenance: { inputs, learnerVersion: LEARNER_VERSION, settings, ...sketch } };
}
