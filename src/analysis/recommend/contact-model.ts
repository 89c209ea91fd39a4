// The introductions model learned from a graph's own history, as the partner and network rankers
// are: of the declared family of contact-variants.ts (a common partner weighted as 1, 1/ln(e +
// degree) or 1/degree, each alone or fused with the random walk), the variant with the highest
// Hits@k on the history's inner split — the history's dated networks split again at `historyShare`
// on a boundary between distinct dates (start-boundary.ts); the older part is indexed and each
// organisation that first meets others in the newer part is a query (a seeded sample of at most
// `maxQueries`). Ties go to the higher MRR, then to the simpler variant (the family's order). All
// variants are scored in one pass over each query's pool. A graph too small to split, or with fewer
// than `minQueries` such organisations, keeps the hand-weighted score (contacts.ts), with the reason.
import seedrandom from "seedrandom";
import { meanSE, rankingMetrics, type MeanSE } from "../ranking-metrics.ts";
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { contactScorer } from "./contacts.ts";
import { innerSplitLinks } from "./contact-links.ts";
import { CONTACT_VARIANTS, rankContactVariants, variantName, type ContactVariant } from "./contact-variants.ts";
import { sample } from "./learned-ranker.ts";

export const CONTACT_MODEL_DEFAULTS = {
  /** Share of the history's dated networks in the inner history. */
  historyShare: 0.8,
  /** Inner-split queries at most (a seeded sample). */
  maxQueries: 300,
  /** Fewer inner-split queries than this: too small to choose, the hand score is kept. */
  minQueries: 30,
  /** Hits@k decides. */
  k: 10,
  /** Ranked candidates kept per query (MRR counts a first hit up to here). */
  depth: 100,
  seed: 1,
};
export type ContactModelOptions = typeof CONTACT_MODEL_DEFAULTS;

export interface ContactModel {
  /** The chosen variant; absent: the hand-weighted score, for `reason`. */
  variant?: ContactVariant;
  reason?: string;
  /** Where the inner split fell, and how many queries chose. */
  innerCutoff?: string;
  queries: number;
  /** Every variant's inner-split figures, in the family's order. */
  figures: { variant: string; hits: MeanSE; mrr: MeanSE }[];
  /** Wall-clock seconds of the fit. */
  seconds: number;
}

/** The model chosen on the networks for which `inHistory` holds (deterministic for a graph and seed). */
export function fitContactModel(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean = () => true, options: Partial<ContactModelOptions> = {}): ContactModel {
  const steps = contactModelSteps(graph, inHistory, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same fit, one query per step, for a caller that shares its thread (it may yield to other
 * work between steps): the steps' result is the model, identical to fitContactModel's.
 */
export function* contactModelSteps(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean = () => true, options: Partial<ContactModelOptions> = {}): Generator<void, ContactModel> {
  const started = performance.now();
  let paused = 0;
  const o = { ...CONTACT_MODEL_DEFAULTS, ...options };
  const seconds = () => Math.round(performance.now() - started - paused) / 1000;
  const hand = (reason: string, extra: Partial<ContactModel> = {}): ContactModel => ({ reason, queries: 0, figures: [], ...extra, seconds: seconds() });
  const split = innerSplitLinks(graph, inHistory, o.historyShare);
  if ("tooLittle" in split) return hand(`too little history to choose from (${split.tooLittle})`);
  const { index, links, innerCutoff } = split;
  const queries = sample([...links.keys()].sort((a, b) => a - b), o.maxQueries, seedrandom(`contact-model:${o.seed}`));
  if (queries.length < o.minQueries) return hand(`too little history to choose from (${queries.length} organisations meet new partners after the inner cutoff ${innerCutoff}, need ${o.minQueries})`, { innerCutoff, queries: queries.length });
  const scorer = contactScorer(index);
  const hits = CONTACT_VARIANTS.map(() => new Float64Array(queries.length));
  const mrr = CONTACT_VARIANTS.map(() => new Float64Array(queries.length));
  for (let qi = 0; qi < queries.length; qi++) {
    const r = queries[qi]!;
    const rel = links.get(r)!;
    rankContactVariants(scorer, r, CONTACT_VARIANTS, o.depth, { common: false }).forEach((list, j) => {
      const m = rankingMetrics(list.map((c) => c.partner), rel, o.k);
      hits[j]![qi] = m.hits;
      mrr[j]![qi] = m.mrr;
    });
    const t = performance.now();
    yield;
    paused += performance.now() - t;
  }
  const figures = CONTACT_VARIANTS.map((v, j) => ({ variant: variantName(v), hits: meanSE(hits[j]!), mrr: meanSE(mrr[j]!) }));
  // Highest Hits@k, then MRR; an exact tie keeps the simpler (earlier) variant.
  let best = 0;
  figures.forEach((f, j) => {
    const b = figures[best]!;
    if (f.hits.mean > b.hits.mean || (f.hits.mean === b.hits.mean && f.mrr.mean > b.mrr.mean)) best = j;
  });
  return { variant: CONTACT_VARIANTS[best]!, innerCutoff, queries: queries.length, figures, seconds: seconds() };
}

/** What ranks an answer: a fit's choice, as fitted now or as stored (then with its fit time). */
export type ServingContactModel = Pick<ContactModel, "variant" | "reason" | "innerCutoff" | "queries"> & { fittedAt?: string };

/** What an answer says about the model that ranked it. */
export function contactModelInfo(m: ServingContactModel): { source: "learned" | "hand"; variant: string; reason?: string; innerCutoff?: string; queries?: number; fittedAt?: string } {
  const fitted = m.fittedAt ? { fittedAt: m.fittedAt } : {};
  return m.variant
    ? { source: "learned", variant: variantName(m.variant), innerCutoff: m.innerCutoff!, queries: m.queries, ...fitted }
    : { source: "hand", variant: "hand", ...(m.reason ? { reason: m.reason } : {}), ...fitted };
}

/** One line per variant: its inner-split Hits@k and MRR, the chosen one marked. */
export function formatContactModel(m: ContactModel, k = CONTACT_MODEL_DEFAULTS.k): string[] {
  const head = m.variant
    ? `Contacts model chosen on the history's inner split (cutoff ${m.innerCutoff}, ${m.queries} queries, fitted in ${m.seconds.toFixed(1)} s): ${variantName(m.variant)}`
    : `Contacts model: the hand-weighted score (${m.reason}; ${m.seconds.toFixed(1)} s)`;
  const f = (x: MeanSE) => `${x.mean.toFixed(3)} ± ${x.se.toFixed(3)}`;
  return [head, ...(m.figures.length ? ["", `| variant (inner split) | Hits@${k} | MRR |`, "|---|---|---|", ...m.figures.map((x) => `| ${x.variant}${m.variant && x.variant === variantName(m.variant) ? " (chosen)" : ""} | ${f(x.hits)} | ${f(x.mrr)} |`)] : [])];
}
