// In-memory indexes of the networks a recommendation may learn from ("the history"): who took part
// in which network, which networks address which theme, and a TF–IDF text index. Built once from a
// DiagonalGraph and a predicate saying which projects count as history — all of them for on-demand
// recommendations, only those started before a cutoff for the backtest — and then queried for any
// network, also one that is not in the graph yet (themes, description, lead partner).
//
// Text: terms are Snowball stems in the text's own language (text/tokenize.ts); idf is ln(N/df)
// over the history; terms that occur in more than `maxTermShare` of the networks form a
// corpus-specific stop list (generic words such as "network" or "partners" that every text of one
// language uses, which would otherwise make two networks look alike only because both are written
// in English), and terms used by one network only are dropped. Vectors keep every remaining term.
import type { DiagonalGraph, OutcomeNode, ProjectNode } from "../graph.ts";
import { idOf, indexNodes } from "../graph.ts";
import { sparseVector, type SparseVector } from "../sparse.ts";
import { detectLanguage, tokenize, words } from "../text/tokenize.ts";

export const HISTORY_INDEX_DEFAULTS = {
  /** Terms in more than this share of the history's networks are treated as stop words. */
  maxTermShare: 0.1,
};

export interface HistoryIndex {
  projectIds: string[];
  projectIndex: Map<string, number>;
  projectNames: string[];
  projectStarts: (string | undefined)[];
  /** 1 when the project is part of the history (its partners may be recommended from). */
  known: Uint8Array;
  partnerIds: string[];
  partnerIndex: Map<string, number>;
  partnerNames: string[];
  partnerKinds: string[];
  partnerRegions: (string | undefined)[];
  themeIds: string[];
  themeIndex: Map<string, number>;
  themeNames: { nl: string; en: string }[];
  /** Per project (all projects): themes with ADDRESSES weight, and every partner (sorted). */
  projectThemes: { theme: number; weight: number }[][];
  projectPartners: Int32Array[];
  /** Promoter (lead) of each project, or −1. */
  projectLead: Int32Array;
  /** History only: projects per partner and per theme. */
  partnerProjects: Int32Array[];
  themeProjects: Int32Array[];
  themeIdf: Float64Array;
  /** Unit theme vector (weight · idf) per project. */
  themeVectors: SparseVector[];
  /** Per theme, history partners with the number of their networks on that theme. */
  themePartnerCounts: Map<number, number>[];
  /** Adamic–Adar weight 1/ln(size) of each history network (size ≥ 2). */
  projectAdamicAdar: Float64Array;
  /** Text: term dictionary, idf, unit TF–IDF vectors per project, postings over the history. */
  termIndex: Map<string, number>;
  termWords: string[];
  termIdf: Float64Array;
  textVectors: SparseVector[];
  termPostings: { projects: Int32Array; values: Float64Array }[];
}

export type TextTerms = [string, string][];

function projectText(p: ProjectNode, outcomes: readonly OutcomeNode[]): string {
  return [p.name, p.description ?? "", ...outcomes.flatMap((o) => [o.title, o.summary ?? ""])].join(" \n ");
}

/** Index terms of a text, each with the word it came from, in the text's own language. */
export function textTerms(text: string): TextTerms {
  return tokenize(text, detectLanguage(words(text)), true);
}

/** How a project's index terms are found: textTerms of its text, or a cache of them kept by the caller. */
export type ProjectTerms = (project: ProjectNode, text: () => string) => TextTerms;

export function buildHistoryIndex(
  graph: DiagonalGraph,
  inHistory: (project: ProjectNode) => boolean = () => true,
  options: Partial<typeof HISTORY_INDEX_DEFAULTS> & { termsOf?: ProjectTerms } = {},
): HistoryIndex {
  const { maxTermShare } = { ...HISTORY_INDEX_DEFAULTS, ...options };
  const termsOf: ProjectTerms = options.termsOf ?? ((_p, text) => textTerms(text()));
  const { projects, themes, partners, projectIndex, themeIndex, partnerIndex } = indexNodes(graph);
  const n = projects.length;
  const known = Uint8Array.from(projects, (p) => (inHistory(p) ? 1 : 0));

  const projectThemes: { theme: number; weight: number }[][] = projects.map(() => []);
  const partnerLists: number[][] = projects.map(() => []);
  const projectLead = new Int32Array(n).fill(-1);
  const outcomes: OutcomeNode[][] = projects.map(() => []);
  graph.forEachEdge((_e, e, source, target) => {
    if (e.type === "ADDRESSES") projectThemes[projectIndex.get(idOf(source))!]!.push({ theme: themeIndex.get(idOf(target))!, weight: e.weight });
    else if (e.type === "PARTICIPATES_IN") {
      const p = projectIndex.get(idOf(target))!;
      const r = partnerIndex.get(idOf(source))!;
      partnerLists[p]!.push(r);
      if (e.role === "promoter" && (projectLead[p] === -1 || r < projectLead[p]!)) projectLead[p] = r;
    } else if (e.type === "PRODUCED") outcomes[projectIndex.get(idOf(source))!]!.push(graph.getNodeAttributes(target) as OutcomeNode);
  });
  for (const list of projectThemes) list.sort((x, y) => x.theme - y.theme);
  const projectPartners = partnerLists.map((l) => Int32Array.from(new Set(l)).sort());

  const partnerProjectLists: number[][] = partners.map(() => []);
  const themeProjectLists: number[][] = themes.map(() => []);
  const themePartnerCounts = themes.map(() => new Map<number, number>());
  const projectAdamicAdar = new Float64Array(n);
  let history = 0;
  for (let p = 0; p < n; p++) {
    if (!known[p]) continue;
    history++;
    const ps = projectPartners[p]!;
    if (ps.length >= 2) projectAdamicAdar[p] = 1 / Math.log(ps.length);
    for (const r of ps) partnerProjectLists[r]!.push(p);
    for (const { theme } of projectThemes[p]!) {
      themeProjectLists[theme]!.push(p);
      const counts = themePartnerCounts[theme]!;
      for (const r of ps) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
  }
  const themeIdf = Float64Array.from(themeProjectLists, (ps) => Math.log(1 + Math.max(1, history) / Math.max(1, ps.length)));
  const themeVectors = projectThemes.map((list) => sparseVector(new Map(list.map(({ theme, weight }) => [theme, weight * themeIdf[theme]!]))));

  // Text, with document frequencies over the history only.
  const termIndex = new Map<string, number>();
  const termWords: string[] = [];
  const docs = projects.map((p, i) => {
    const tf = new Map<number, number>();
    for (const [term, word] of termsOf(p, () => projectText(p, outcomes[i]!))) {
      let t = termIndex.get(term);
      if (t === undefined) {
        t = termWords.length;
        termWords.push(word);
        termIndex.set(term, t);
      }
      tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Int32Array(termWords.length);
  docs.forEach((tf, p) => {
    if (known[p]) for (const t of tf.keys()) df[t]!++;
  });
  const termIdf = Float64Array.from(df, (d) => (d >= 2 && d <= maxTermShare * history ? Math.log(history / d) : 0));
  const textVectors = docs.map((tf) => tfidfVector(tf, termIdf));
  const postingLists: { p: number; v: number }[][] = termWords.map(() => []);
  textVectors.forEach((vec, p) => {
    if (!known[p]) return;
    for (let i = 0; i < vec.keys.length; i++) postingLists[vec.keys[i]!]!.push({ p, v: vec.values[i]! });
  });

  return {
    projectIds: projects.map((p) => p.id),
    projectIndex,
    projectNames: projects.map((p) => p.name),
    projectStarts: projects.map((p) => p.start),
    known,
    partnerIds: partners.map((p) => p.id),
    partnerIndex,
    partnerNames: partners.map((p) => p.name),
    partnerKinds: partners.map((p) => p.kind),
    partnerRegions: partners.map((p) => p.region),
    themeIds: themes.map((t) => t.id),
    themeIndex,
    themeNames: themes.map((t) => ({ nl: t.nameNl, en: t.nameEn })),
    projectThemes,
    projectPartners,
    projectLead,
    partnerProjects: partnerProjectLists.map((l) => Int32Array.from(l)),
    themeProjects: themeProjectLists.map((l) => Int32Array.from(l)),
    themeIdf,
    themeVectors,
    themePartnerCounts,
    projectAdamicAdar,
    termIndex,
    termWords,
    termIdf,
    textVectors,
    termPostings: postingLists.map((l) => ({ projects: Int32Array.from(l, (e) => e.p), values: Float64Array.from(l, (e) => e.v) })),
  };
}

function tfidfVector(tf: Map<number, number>, idf: Float64Array): SparseVector {
  const w = new Map<number, number>();
  for (const [t, c] of tf) if (idf[t]! > 0) w.set(t, (1 + Math.log(c)) * idf[t]!);
  return sparseVector(w);
}

/** The TF–IDF vector of a text that is not in the index (a new network's description). */
export function textVectorOf(index: HistoryIndex, text: string): SparseVector {
  const tf = new Map<number, number>();
  for (const [term] of textTerms(text)) {
    const t = index.termIndex.get(term);
    if (t !== undefined) tf.set(t, (tf.get(t) ?? 0) + 1);
  }
  return tfidfVector(tf, index.termIdf);
}

/** The unit theme vector of a theme list (ids as indexes, ADDRESSES weights). */
export function themeVectorOf(index: HistoryIndex, themes: readonly { theme: number; weight: number }[]): SparseVector {
  return sparseVector(new Map(themes.map(({ theme, weight }) => [theme, weight * index.themeIdf[theme]!])));
}
