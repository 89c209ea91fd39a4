// Introductions between organisations, evaluated as organisation–organisation link prediction:
// networks that started before a cutoff are the history; a pair of organisations that both took
// part in the history but first share a network after the cutoff is a link to predict. For each
// organisation with such links (a query; a seeded sample of at most maxQueries), every method ranks
// the organisations it has not shared a network with yet, and Hits@k (share of its new partners in
// the top k) and MRR are averaged over queries, with paired standard errors against the model.
// Baselines on the history's co-participation graph (Liben-Nowell & Kleinberg 2007):
//   common neighbours   |N(r) ∩ N(c)|
//   Adamic–Adar         Σ_{s ∈ N(r) ∩ N(c)} 1 / ln |N(s)|
//   resource allocation Σ_{s ∈ N(r) ∩ N(c)} 1 / |N(s)|   (Zhou, Lü & Zhang 2009)
// The model is analysis/recommend/contacts.ts. Only each query's two-step neighbourhood is visited.
// With `rerank`, the two-stage reranker (analysis/recommend/contact-reranker.ts) is learned on the
// history before the cutoff only (its own inner split) and scored on the same queries, with its fit
// time, and with `ablation` refitted without each feature.
import type { DiagonalGraph, ProjectNode } from "../analysis/graph.ts";
import { contactScorer, rankContacts, type ContactOptions } from "../analysis/recommend/contacts.ts";
import { contactIndex, historyNeighbours, newLinks } from "../analysis/recommend/contact-links.ts";
import { CONTACT_RERANK_FEATURES, contactRerankTraining, contactTopPool, fitContactReranker, rerankContacts, type ContactReranker, type ContactRerankerOptions } from "../analysis/recommend/contact-reranker.ts";
import { CONTACT_FUSION_LISTS, fusedContacts, type ContactFusionList, type ContactFusionOptions } from "../analysis/recommend/contact-fusion.ts";
import { fitContactModel, formatContactModel, type ContactModel, type ContactModelOptions } from "../analysis/recommend/contact-model.ts";
import { CONTACT_VARIANTS, rankContactVariants, variantName, type ContactVariant } from "../analysis/recommend/contact-variants.ts";
import { meanSE, pairedDifference, rankingMetrics, type MeanSE } from "./metrics.ts";

export const CONTACT_METHODS = ["model", "commonNeighbours", "adamicAdar", "resourceAllocation"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface ContactBacktestOptions {
  historyShare: number;
  cutoff?: string;
  maxQueries: number;
  seed: number;
  k: number;
  /** Ranked items kept per method (MRR counts a first hit up to here). */
  depth: number;
  model?: Partial<ContactOptions>;
  /** Also learn and score the two-stage reranker (and, with ablation, without each feature). */
  rerank?: { options?: Partial<ContactRerankerOptions>; ablation?: boolean };
  /** Also score the rank fusion of the hand score, the random walk and recent activity (and, with ablation, without each list). */
  fusion?: { options?: Partial<ContactFusionOptions>; ablation?: boolean };
  /**
   * Also choose the contacts model on the history's own inner split (contact-model.ts) and score
   * the chosen variant on the same queries (with ablation: without the walk, without the theme term).
   */
  learned?: { options?: Partial<ContactModelOptions>; ablation?: boolean; allVariants?: boolean };
  /**
   * Evaluate on the history's own inner split instead: the networks before the cutoff, split again
   * at historyShare (where constants are chosen, never on the later networks).
   */
  innerSplit?: boolean;
}
export const CONTACT_BACKTEST_DEFAULTS: ContactBacktestOptions = { historyShare: 0.8, maxQueries: 1000, seed: 1, k: 10, depth: 100 };

export interface ContactBacktestReport {
  cutoff: string;
  historyNetworks: number;
  laterNetworks: number;
  queries: number;
  newLinks: number;
  k: number;
  relevance: string;
  methods: Record<ContactMethod, { hits: MeanSE; mrr: MeanSE }>;
  /** Model minus each baseline, per query: mean ± SE and z. */
  versus: Record<Exclude<ContactMethod, "model">, { hits: MeanSE & { z: number }; mrr: MeanSE & { z: number } }>;
  reranker?: RerankerReport;
  fusion?: FusionReport;
  learned?: LearnedModelReport;
  /** How far the two-step neighbourhood reaches: share of new partners outside it, and the best Hits@k any two-step method could reach. */
  reach: { outsideTwoSteps: number; twoStepCeiling: MeanSE };
  /** Milliseconds per query of the served model (p50, p99). */
  modelMs: { p50: number; p99: number };
  seconds: number;
}

export interface FusionReport {
  hits: MeanSE;
  mrr: MeanSE;
  /** Fusion minus each method, per query. */
  versus: Record<ContactMethod, Paired>;
  ms: { p50: number; p99: number };
  /** The fusion without each list: Hits@k, MRR and full − without (paired). */
  ablation?: { list: ContactFusionList; hits: MeanSE; mrr: MeanSE; loss: MeanSE & { z: number }; lossMrr: MeanSE & { z: number } }[];
}

export interface LearnedModelReport {
  model: ContactModel;
  hits: MeanSE;
  mrr: MeanSE;
  /** The chosen model minus each method, per query. */
  versus: Record<ContactMethod, Paired>;
  ms: { p50: number; p99: number };
  /** The chosen model without the walk (when it has one) and without the theme term. */
  ablation?: { without: string; hits: MeanSE; mrr: MeanSE; loss: MeanSE & { z: number }; lossMrr: MeanSE & { z: number } }[];
  /** Every variant of the family on the later networks (measured after the choice, never used for it), minus Adamic–Adar. */
  variants?: { variant: string; hits: MeanSE; mrr: MeanSE; versusAdamicAdar: Paired }[];
}

const percentile = (xs: Float64Array, q: number) => {
  const sorted = Float64Array.from(xs).sort();
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10 : 0;
};

type Paired = { hits: MeanSE & { z: number }; mrr: MeanSE & { z: number } };
export interface RerankerReport {
  /** Why no reranker was learned (too little history). */
  reason?: string;
  hits?: MeanSE;
  mrr?: MeanSE;
  /** Reranker minus each method, per query. */
  versus?: Record<ContactMethod, Paired>;
  training: { queries: number; relevant: number; rows: number; innerCutoff?: string; trees?: number; inputs?: number };
  /** Seconds to collect the training lists and to fit the trees. */
  collectSeconds: number;
  fitSeconds: number;
  /** The reranker without each feature: Hits@k and full − without (paired). */
  ablation?: { feature: string; hits: MeanSE; mrr: MeanSE; loss: MeanSE & { z: number } }[];
}

/** The cutoff: the start date before which `share` of the dated networks started, on a boundary between distinct dates. */
export function startCutoff(starts: readonly string[], share: number): string {
  const sorted = [...starts].sort();
  const at = sorted[Math.min(sorted.length - 1, Math.max(1, Math.floor(share * sorted.length)))]!;
  return at;
}

/** A seeded shuffle (mulberry32). */
function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function contactBacktest(graph: DiagonalGraph, options: Partial<ContactBacktestOptions> = {}, onProgress?: (stage: string) => void): ContactBacktestReport {
  const started = performance.now();
  const o = { ...CONTACT_BACKTEST_DEFAULTS, ...options };
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start) starts.push(a.start);
  });
  if (starts.length < 10) throw new Error(`diagonal/contacts-backtest: need at least 10 networks with a start date, found ${starts.length}`);
  const outer = o.cutoff ?? startCutoff(starts, o.historyShare);
  const cutoff = o.innerSplit ? startCutoff(starts.filter((s) => s < outer), o.historyShare) : outer;
  const end = o.innerSplit ? outer : undefined;
  const inHistory = (p: ProjectNode) => p.start !== undefined && p.start < cutoff;
  onProgress?.(`indexing the history before ${cutoff}`);
  const index = contactIndex(graph, inHistory);
  const neighbours = historyNeighbours(index);

  // New links: pairs sharing a later network, both in the history, never together before.
  const later = index.projectIds.map((_, p) => p).filter((p) => !index.known[p] && index.projectStarts[p] !== undefined && index.projectStarts[p]! >= cutoff && (end === undefined || index.projectStarts[p]! < end));
  const links = newLinks(index, later, neighbours);
  let newLinkCount = 0;
  for (const set of links.values()) newLinkCount += set.size;
  const queries = shuffled([...links.keys()].sort((x, y) => x - y), o.seed).slice(0, o.maxQueries);
  onProgress?.(`${queries.length} organisations with new partners after ${cutoff}`);

  const scorer = contactScorer(index, o.model);
  const rerank = o.rerank ? learnReranker(graph, inHistory, o.rerank, onProgress) : undefined;
  const metrics = Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: new Float64Array(queries.length), mrr: new Float64Array(queries.length) }])) as Record<ContactMethod, { hits: Float64Array; mrr: Float64Array }>;
  if (rerank) for (const _ of rerank.models) rerank.hits.push(new Float64Array(queries.length)), rerank.mrr.push(new Float64Array(queries.length));
  const fusionVariants: (ContactFusionList | undefined)[] = o.fusion ? [undefined, ...(o.fusion.ablation ? CONTACT_FUSION_LISTS : [])] : [];
  const fusion = fusionVariants.map(() => ({ hits: new Float64Array(queries.length), mrr: new Float64Array(queries.length) }));
  const fusionMs = new Float64Array(o.fusion ? queries.length : 0);
  const model = o.learned ? fitContactModel(graph, inHistory, o.learned.options) : undefined;
  if (model) onProgress?.(`contacts model chosen on the inner split in ${model.seconds} s: ${model.variant ? variantName(model.variant) : "the hand score"}`);
  const chosen = model?.variant;
  const ablations: { without: string; variant: ContactVariant }[] = chosen && o.learned?.ablation ? [...(chosen.walk ? [{ without: "random walk", variant: { ...chosen, walk: false } }] : []), { without: "theme term", variant: { ...chosen, noTheme: true } }] : [];
  const learned = model ? [undefined, ...ablations].map(() => ({ hits: new Float64Array(queries.length), mrr: new Float64Array(queries.length) })) : [];
  const learnedMs = new Float64Array(model ? queries.length : 0);
  const every = o.learned?.allVariants ? CONTACT_VARIANTS.map(() => ({ hits: new Float64Array(queries.length), mrr: new Float64Array(queries.length) })) : [];
  const modelMs = new Float64Array(queries.length);
  const ceiling = new Float64Array(queries.length);
  let outside = 0;
  let positives = 0;
  queries.forEach((r, qi) => {
    const relevant = links.get(r)!;
    const mine = neighbours(r);
    const cn = new Map<number, number>();
    const aa = new Map<number, number>();
    const ra = new Map<number, number>();
    for (const s of mine) {
      const ns = neighbours(s);
      const deg = ns.size;
      for (const c of ns) {
        if (c === r || mine.has(c)) continue;
        cn.set(c, (cn.get(c) ?? 0) + 1);
        aa.set(c, (aa.get(c) ?? 0) + (deg > 1 ? 1 / Math.log(deg) : 0));
        ra.set(c, (ra.get(c) ?? 0) + 1 / deg);
      }
    }
    let inReach = 0;
    for (const c of relevant) if (cn.has(c)) inReach++;
    outside += relevant.size - inReach;
    positives += relevant.size;
    ceiling[qi] = Math.min(o.k, inReach) / relevant.size;
    const top = (m: Map<number, number>) => [...m].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.depth).map(([c]) => c);
    const t0 = performance.now();
    const handList = rankContacts(scorer, r, o.depth).map((c) => c.partner);
    modelMs[qi] = performance.now() - t0;
    const ranked: Record<ContactMethod, number[]> = {
      model: handList,
      commonNeighbours: top(cn),
      adamicAdar: top(aa),
      resourceAllocation: top(ra),
    };
    for (const m of CONTACT_METHODS) {
      const q = rankingMetrics(ranked[m], relevant, o.k);
      metrics[m].hits[qi] = q.hits;
      metrics[m].mrr[qi] = q.mrr;
    }
    if (rerank?.models.length) {
      const pool = contactTopPool(scorer, r, rerank.models[0]!.model.top);
      rerank.models.forEach((x, j) => {
        const q = rankingMetrics(rerankContacts(x.model, pool, o.depth), relevant, o.k);
        rerank.hits[j]![qi] = q.hits;
        rerank.mrr[j]![qi] = q.mrr;
      });
    }
    fusionVariants.forEach((left, j) => {
      const t1 = performance.now();
      const list = fusedContacts(scorer, r, o.depth, o.fusion?.options, left ? [left] : []).map((c) => c.partner);
      if (j === 0) fusionMs[qi] = performance.now() - t1;
      const q = rankingMetrics(list, relevant, o.k);
      fusion[j]!.hits[qi] = q.hits;
      fusion[j]!.mrr[qi] = q.mrr;
    });
    if (model) {
      const t2 = performance.now();
      const lists = [chosen ? rankContactVariants(scorer, r, [chosen], o.depth)[0]!.map((c) => c.partner) : handList];
      learnedMs[qi] = performance.now() - t2;
      if (ablations.length) lists.push(...rankContactVariants(scorer, r, ablations.map((a) => a.variant), o.depth, { common: false }).map((l) => l.map((c) => c.partner)));
      lists.forEach((list, j) => {
        const q = rankingMetrics(list, relevant, o.k);
        learned[j]!.hits[qi] = q.hits;
        learned[j]!.mrr[qi] = q.mrr;
      });
      if (every.length) {
        rankContactVariants(scorer, r, CONTACT_VARIANTS, o.depth, { common: false }).forEach((list, j) => {
          const q = rankingMetrics(list.map((c) => c.partner), relevant, o.k);
          every[j]!.hits[qi] = q.hits;
          every[j]!.mrr[qi] = q.mrr;
        });
      }
    }
    if (qi % 200 === 199) onProgress?.(`${qi + 1} of ${queries.length} queries`);
  });

  const methods = Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: meanSE(metrics[m].hits), mrr: meanSE(metrics[m].mrr) }])) as ContactBacktestReport["methods"];
  const versus = Object.fromEntries(
    CONTACT_METHODS.filter((m) => m !== "model").map((m) => [m, { hits: pairedDifference(metrics.model.hits, metrics[m].hits), mrr: pairedDifference(metrics.model.mrr, metrics[m].mrr) }]),
  ) as ContactBacktestReport["versus"];
  return {
    cutoff,
    historyNetworks: index.known.reduce((s, x) => s + x, 0),
    laterNetworks: later.length,
    queries: queries.length,
    newLinks: newLinkCount,
    k: o.k,
    relevance: `an organisation's new partners: organisations of the history it first shares a network with on or after ${cutoff}${end ? ` and before ${end} (the history's inner split)` : ""} (never before); Hits@${o.k} = share of them in the top ${o.k}`,
    methods,
    versus,
    ...(rerank ? { reranker: rerankerReport(rerank, metrics) } : {}),
    ...(fusion.length ? { fusion: fusionReport(fusion, fusionVariants, fusionMs, metrics) } : {}),
    ...(model
      ? { learned: { ...learnedReport(model, learned, ablations.map((a) => a.without), learnedMs, metrics), ...(every.length ? { variants: every.map((v, j) => ({ variant: variantName(CONTACT_VARIANTS[j]!), hits: meanSE(v.hits), mrr: meanSE(v.mrr), versusAdamicAdar: { hits: pairedDifference(v.hits, metrics.adamicAdar.hits), mrr: pairedDifference(v.mrr, metrics.adamicAdar.mrr) } })) } : {}) } }
      : {}),
    reach: { outsideTwoSteps: positives ? outside / positives : 0, twoStepCeiling: meanSE(ceiling) },
    modelMs: { p50: percentile(modelMs, 0.5), p99: percentile(modelMs, 0.99) },
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

function fusionReport(x: { hits: Float64Array; mrr: Float64Array }[], variants: (ContactFusionList | undefined)[], ms: Float64Array, metrics: Record<ContactMethod, { hits: Float64Array; mrr: Float64Array }>): FusionReport {
  const [full] = x as [{ hits: Float64Array; mrr: Float64Array }];
  return {
    hits: meanSE(full.hits),
    mrr: meanSE(full.mrr),
    versus: Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: pairedDifference(full.hits, metrics[m].hits), mrr: pairedDifference(full.mrr, metrics[m].mrr) }])) as Record<ContactMethod, Paired>,
    ms: { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) },
    ...(x.length > 1
      ? { ablation: x.slice(1).map((v, j) => ({ list: variants[j + 1]!, hits: meanSE(v.hits), mrr: meanSE(v.mrr), loss: pairedDifference(full.hits, v.hits), lossMrr: pairedDifference(full.mrr, v.mrr) })) }
      : {}),
  };
}

function learnedReport(model: ContactModel, x: { hits: Float64Array; mrr: Float64Array }[], without: string[], ms: Float64Array, metrics: Record<ContactMethod, { hits: Float64Array; mrr: Float64Array }>): LearnedModelReport {
  const [full] = x as [{ hits: Float64Array; mrr: Float64Array }];
  return {
    model,
    hits: meanSE(full.hits),
    mrr: meanSE(full.mrr),
    versus: Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: pairedDifference(full.hits, metrics[m].hits), mrr: pairedDifference(full.mrr, metrics[m].mrr) }])) as Record<ContactMethod, Paired>,
    ms: { p50: percentile(ms, 0.5), p99: percentile(ms, 0.99) },
    ...(x.length > 1 ? { ablation: x.slice(1).map((v, j) => ({ without: without[j]!, hits: meanSE(v.hits), mrr: meanSE(v.mrr), loss: pairedDifference(full.hits, v.hits), lossMrr: pairedDifference(full.mrr, v.mrr) })) } : {}),
  };
}

interface LearnedRerank {
  reason?: string;
  /** The full model first, then one per feature left out (the ablation). */
  models: { feature?: string; model: ContactReranker }[];
  hits: Float64Array[];
  mrr: Float64Array[];
  training: RerankerReport["training"];
  collectSeconds: number;
  fitSeconds: number;
}

function learnReranker(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, r: NonNullable<ContactBacktestOptions["rerank"]>, onProgress?: (stage: string) => void): LearnedRerank {
  onProgress?.("learning the two-stage reranker on the history's inner split");
  const t0 = performance.now();
  const training = contactRerankTraining(graph, inHistory, r.options);
  const t1 = performance.now();
  const full = fitContactReranker(training, r.options);
  const t2 = performance.now();
  const ablated = full && r.ablation ? CONTACT_RERANK_FEATURES.map((feature) => ({ feature, model: fitContactReranker(training, r.options, [feature])! })) : [];
  return {
    ...(full ? {} : { reason: training.reason ?? `too few new partners in the training lists (${training.relevant})` }),
    models: full ? [{ model: full }, ...ablated] : [],
    hits: [],
    mrr: [],
    training: { queries: training.queries, relevant: training.relevant, rows: training.rows.length, ...(training.innerCutoff ? { innerCutoff: training.innerCutoff } : {}), ...(full ? { trees: full.trees.trees.length, inputs: full.trees.features.length } : {}) },
    collectSeconds: Math.round(t1 - t0) / 1000,
    fitSeconds: Math.round(t2 - t1) / 1000,
  };
}

function rerankerReport(x: LearnedRerank, metrics: Record<ContactMethod, { hits: Float64Array; mrr: Float64Array }>): RerankerReport {
  const base = { training: x.training, collectSeconds: x.collectSeconds, fitSeconds: x.fitSeconds };
  if (!x.models.length) return { reason: x.reason, ...base };
  const [hits, mrr] = [x.hits[0]!, x.mrr[0]!];
  return {
    ...base,
    hits: meanSE(hits),
    mrr: meanSE(mrr),
    versus: Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: pairedDifference(hits, metrics[m].hits), mrr: pairedDifference(mrr, metrics[m].mrr) }])) as Record<ContactMethod, Paired>,
    ...(x.models.length > 1 ? { ablation: x.models.slice(1).map((m, j) => ({ feature: m.feature!, hits: meanSE(x.hits[j + 1]!), mrr: meanSE(x.mrr[j + 1]!), loss: pairedDifference(hits, x.hits[j + 1]!) })) } : {}),
  };
}

const METHOD_NAMES: Record<ContactMethod, string> = { model: "hand-weighted score", commonNeighbours: "common neighbours", adamicAdar: "Adamic–Adar", resourceAllocation: "resource allocation" };

/** The report as a table: Hits@k and MRR per method, and the model's paired differences. */
export function formatContactBacktest(r: ContactBacktestReport): string {
  const f = (x: MeanSE) => `${x.mean.toFixed(3)} ± ${x.se.toFixed(3)}`;
  const d = (x: MeanSE & { z: number }) => `${x.mean >= 0 ? "+" : ""}${x.mean.toFixed(3)} ± ${x.se.toFixed(3)} (${x.z.toFixed(1)} s.e.)`;
  const lines = [
    `Contacts (organisation–organisation link prediction), cutoff ${r.cutoff}: ${r.historyNetworks} networks before, ${r.laterNetworks} after; ${r.queries} organisations queried, ${r.newLinks} new links`,
    `relevance: ${r.relevance}`,
    ...(r.queries < 50 ? [`warning: only ${r.queries} queries scored; the figures are uncertain`] : []),
    "",
    `| method | Hits@${r.k} | MRR | hand score − method, Hits@${r.k} | hand score − method, MRR |`,
    "|---|---|---|---|---|",
    ...CONTACT_METHODS.map((m) =>
      m === "model" ? `| ${METHOD_NAMES[m]} | ${f(r.methods[m].hits)} | ${f(r.methods[m].mrr)} | | |` : `| ${METHOD_NAMES[m]} | ${f(r.methods[m].hits)} | ${f(r.methods[m].mrr)} | ${d(r.versus[m].hits)} | ${d(r.versus[m].mrr)} |`,
    ),
    "",
    `reach: ${(100 * r.reach.outsideTwoSteps).toFixed(1)} % of the new partners share no partner with the organisation yet; the best Hits@${r.k} any two-step method could reach is ${r.reach.twoStepCeiling.mean.toFixed(3)}`,
    `contacts model: ${r.modelMs.p50} ms per query (p50), ${r.modelMs.p99} ms (p99)`,
    ...(r.reranker ? ["", ...formatReranker(r.reranker, r.k)] : []),
    ...(r.fusion ? ["", ...formatFusion(r.fusion, r.k)] : []),
    ...(r.learned ? ["", ...formatLearned(r.learned, r.k)] : []),
  ];
  return lines.join("\n");
}

/** A mean with its standard error, and a paired difference with its size in standard errors. */
const f = (v: MeanSE) => `${v.mean.toFixed(3)} ± ${v.se.toFixed(3)}`;
const d = (v: MeanSE & { z: number }) => `${v.mean >= 0 ? "+" : ""}${v.mean.toFixed(3)} ± ${v.se.toFixed(3)} (${v.z.toFixed(1)} s.e.)`;

/** The model against every graph baseline, then its ablation (the model without each part). */
function versusAndAblation(
  x: { versus: Record<(typeof CONTACT_METHODS)[number], { hits: MeanSE & { z: number }; mrr: MeanSE & { z: number } }> },
  model: string, k: number,
  ablation: { title: string; rows: { name: string; hits: MeanSE; mrr: MeanSE; loss: MeanSE & { z: number }; lossMrr: MeanSE & { z: number } }[] } | undefined,
): string[] {
  return [
    `| ${model} − method | Hits@${k} | MRR |`,
    "|---|---|---|",
    ...CONTACT_METHODS.map((m) => `| ${METHOD_NAMES[m]} | ${d(x.versus[m].hits)} | ${d(x.versus[m].mrr)} |`),
    ...(ablation
      ? ["", ablation.title, "", `| without | Hits@${k} | MRR | full − without, Hits@${k} | full − without, MRR |`, "|---|---|---|---|---|", ...ablation.rows.map((a) => `| ${a.name} | ${f(a.hits)} | ${f(a.mrr)} | ${d(a.loss)} | ${d(a.lossMrr)} |`)]
      : []),
  ];
}

function formatFusion(x: FusionReport, k: number): string[] {
  return [
    `Rank fusion (hand score, random walk, recent activity): Hits@${k} ${f(x.hits)}, MRR ${f(x.mrr)}; ${x.ms.p50} ms per query (p50), ${x.ms.p99} ms (p99)`,
    "",
    ...versusAndAblation(x, "fusion", k, x.ablation && { title: "Ablation: the fusion without each list", rows: x.ablation.map((a) => ({ ...a, name: a.list })) }),
  ];
}

function formatLearned(x: LearnedModelReport, k: number): string[] {
  return [
    ...formatContactModel(x.model, k),
    "",
    `The chosen (deployed) model on the later networks: Hits@${k} ${f(x.hits)}, MRR ${f(x.mrr)}; ${x.ms.p50} ms per query (p50), ${x.ms.p99} ms (p99)`,
    "",
    ...versusAndAblation(x, "chosen", k, x.ablation && { title: "Ablation: the chosen model without each part", rows: x.ablation.map((a) => ({ ...a, name: a.without })) }),
    ...(x.variants
      ? ["", "Every variant on the later networks (after the choice; not used for it)", "", `| variant | Hits@${k} | MRR | variant − Adamic–Adar, Hits@${k} | variant − Adamic–Adar, MRR |`, "|---|---|---|---|---|", ...x.variants.map((v) => `| ${v.variant} | ${f(v.hits)} | ${f(v.mrr)} | ${d(v.versusAdamicAdar.hits)} | ${d(v.versusAdamicAdar.mrr)} |`)]
      : []),
  ];
}

function formatReranker(x: RerankerReport, k: number): string[] {
  const t = x.training;
  const cost = `training lists collected in ${x.collectSeconds.toFixed(1)} s, trees fitted in ${x.fitSeconds.toFixed(1)} s`;
  if (!x.hits || !x.mrr || !x.versus) return [`two-stage reranker: not learned (${x.reason}); ${cost}`];
  return [
    `Two-stage reranker (hand score's top list reordered by LambdaMART trees, ${t.trees} trees over ${t.inputs} inputs), learned on ${t.queries} training queries before the inner cutoff ${t.innerCutoff} (${t.rows} rows, ${t.relevant} new partners); ${cost}`,
    `Hits@${k} ${f(x.hits)}, MRR ${f(x.mrr)}`,
    "",
    `| reranker − method | Hits@${k} | MRR |`,
    "|---|---|---|",
    ...CONTACT_METHODS.map((m) => `| ${METHOD_NAMES[m]} | ${d(x.versus![m].hits)} | ${d(x.versus![m].mrr)} |`),
    ...(x.ablation
      ? ["", `Ablation: the reranker refitted without each feature`, "", `| without | Hits@${k} | MRR | full − without, Hits@${k} |`, "|---|---|---|---|", ...x.ablation.map((a) => `| ${a.feature} | ${f(a.hits)} | ${f(a.mrr)} | ${d(a.loss)} |`)]
      : []),
  ];
}
