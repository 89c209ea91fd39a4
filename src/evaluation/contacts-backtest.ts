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
import type { DiagonalGraph, ProjectNode } from "../analysis/graph.ts";
import { buildHistoryIndex, type HistoryIndex } from "../analysis/recommend/history-index.ts";
import { contactScorer, rankContacts, type ContactOptions } from "../analysis/recommend/contacts.ts";
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
  seconds: number;
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

/** History neighbours of a partner (organisations it shared a history network with), cached. */
function neighbourSets(index: HistoryIndex) {
  const cache = new Map<number, Set<number>>();
  return (r: number): Set<number> => {
    let s = cache.get(r);
    if (!s) {
      s = new Set<number>();
      for (const p of index.partnerProjects[r]!) for (const x of index.projectPartners[p]!) if (x !== r) s.add(x);
      cache.set(r, s);
    }
    return s;
  };
}

export function contactBacktest(graph: DiagonalGraph, options: Partial<ContactBacktestOptions> = {}, onProgress?: (stage: string) => void): ContactBacktestReport {
  const started = performance.now();
  const o = { ...CONTACT_BACKTEST_DEFAULTS, ...options };
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start) starts.push(a.start);
  });
  if (starts.length < 10) throw new Error(`diagonal/contacts-backtest: need at least 10 networks with a start date, found ${starts.length}`);
  const cutoff = o.cutoff ?? startCutoff(starts, o.historyShare);
  const inHistory = (p: ProjectNode) => p.start !== undefined && p.start < cutoff;
  onProgress?.(`indexing the history before ${cutoff}`);
  const index = buildHistoryIndex(graph, inHistory);
  const neighbours = neighbourSets(index);

  // New links: pairs sharing a later network, both in the history, never together before.
  const later = index.projectIds.map((_, p) => p).filter((p) => !index.known[p] && index.projectStarts[p] !== undefined && index.projectStarts[p]! >= cutoff);
  const links = new Map<number, Set<number>>();
  let newLinks = 0;
  for (const p of later) {
    const ps = Array.from(index.projectPartners[p]!).filter((r) => index.partnerProjects[r]!.length > 0);
    for (const r of ps) {
      const mine = neighbours(r);
      for (const c of ps) {
        if (c === r || mine.has(c)) continue;
        let set = links.get(r);
        if (!set) links.set(r, (set = new Set()));
        if (!set.has(c)) {
          set.add(c);
          newLinks++;
        }
      }
    }
  }
  const queries = shuffled([...links.keys()].sort((x, y) => x - y), o.seed).slice(0, o.maxQueries);
  onProgress?.(`${queries.length} organisations with new partners after ${cutoff}`);

  const scorer = contactScorer(index, o.model);
  const metrics = Object.fromEntries(CONTACT_METHODS.map((m) => [m, { hits: new Float64Array(queries.length), mrr: new Float64Array(queries.length) }])) as Record<ContactMethod, { hits: Float64Array; mrr: Float64Array }>;
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
    const top = (m: Map<number, number>) => [...m].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.depth).map(([c]) => c);
    const ranked: Record<ContactMethod, number[]> = {
      model: rankContacts(scorer, r, o.depth).map((c) => c.partner),
      commonNeighbours: top(cn),
      adamicAdar: top(aa),
      resourceAllocation: top(ra),
    };
    for (const m of CONTACT_METHODS) {
      const q = rankingMetrics(ranked[m], relevant, o.k);
      metrics[m].hits[qi] = q.hits;
      metrics[m].mrr[qi] = q.mrr;
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
    newLinks,
    k: o.k,
    relevance: `an organisation's new partners: organisations of the history it first shares a network with on or after ${cutoff} (never before); Hits@${o.k} = share of them in the top ${o.k}`,
    methods,
    versus,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const METHOD_NAMES: Record<ContactMethod, string> = { model: "contacts model", commonNeighbours: "common neighbours", adamicAdar: "Adamic–Adar", resourceAllocation: "resource allocation" };

/** The report as a table: Hits@k and MRR per method, and the model's paired differences. */
export function formatContactBacktest(r: ContactBacktestReport): string {
  const f = (x: MeanSE) => `${x.mean.toFixed(3)} ± ${x.se.toFixed(3)}`;
  const d = (x: MeanSE & { z: number }) => `${x.mean >= 0 ? "+" : ""}${x.mean.toFixed(3)} ± ${x.se.toFixed(3)} (${x.z.toFixed(1)} s.e.)`;
  const lines = [
    `Contacts (organisation–organisation link prediction), cutoff ${r.cutoff}: ${r.historyNetworks} networks before, ${r.laterNetworks} after; ${r.queries} organisations queried, ${r.newLinks} new links`,
    `relevance: ${r.relevance}`,
    ...(r.queries < 50 ? [`warning: only ${r.queries} queries scored; the figures are uncertain`] : []),
    "",
    `| method | Hits@${r.k} | MRR | model − method, Hits@${r.k} | model − method, MRR |`,
    "|---|---|---|---|---|",
    ...CONTACT_METHODS.map((m) =>
      m === "model" ? `| ${METHOD_NAMES[m]} | ${f(r.methods[m].hits)} | ${f(r.methods[m].mrr)} | | |` : `| ${METHOD_NAMES[m]} | ${f(r.methods[m].hits)} | ${f(r.methods[m].mrr)} | ${d(r.versus[m].hits)} | ${d(r.versus[m].mrr)} |`,
    ),
  ];
  return lines.join("\n");
}
