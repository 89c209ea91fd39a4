// Per-project profiles: everything the pairwise signals need, computed once from the graph in a
// single pass so that scoring a pair is a few merges over short sorted arrays. Projects, themes,
// partners and terms are numbered in id order, which makes every later step deterministic.
import type { DiagonalGraph, OutcomeNode, PartnerNode } from "./graph.ts";
import { byId, idOf, indexNodes } from "./graph.ts";
import { EMPTY_VECTOR, sparseVector, type SparseVector } from "./sparse.ts";
import { detectLanguage, tokenize, words } from "./text/tokenize.ts";

// Axes of complementarity (each with a side X and a side Y, see partnerSides): the vocabulary's.
import { COMPLEMENTARITY_AXES, type ComplementarityAxis } from "../vocabulary.ts";
export { COMPLEMENTARITY_AXES, type ComplementarityAxis };

export const PROFILE_DEFAULTS = {
  /** Terms kept per project text vector (largest TF–IDF weights); bounds the cost of a text comparison. */
  termsPerProject: 50,
  /** A term in more than this share of the networks (and in more than `genericTermMinCount`) is
   * generic: never named in an explanation ("network", "partners" in every English text). */
  genericTermShare: 0.1,
  genericTermMinCount: 20,
  /**
   * The stop list is also learned from document frequency within themes: a term in at least
   * `spreadTermMinCount` networks of which no main theme holds `spreadTermThemeShare` is a word
   * every kind of network uses ("testen", "bouwen"), not a subject: never named in an explanation.
   */
  spreadTermMinCount: 3,
  spreadTermThemeShare: 0.7,
};

export interface ProjectProfiles {
  projectIds: string[];
  projectIndex: Map<string, number>;
  themeIds: string[];
  themeNames: { nl: string; en: string }[];
  partnerIds: string[];
  partnerNames: string[];
  terms: string[];
  /** A readable word per term (the first word seen with that stem, in project id order). */
  termWords: string[];
  /** The first word seen with that stem in a Dutch text, and in an English text (undefined if none). */
  termWordsByLanguage: { nl: (string | undefined)[]; en: (string | undefined)[] };
  /** Terms too common to explain anything (the corpus-specific stop list, see PROFILE_DEFAULTS). */
  genericTerms: Uint8Array;
  /** Theme indexes per project, and the ADDRESSES weights. */
  projectThemes: { theme: number; weight: number }[][];
  /** Themes of the highest weight per project (its main themes). */
  mainThemes: number[][];
  /** Partner indexes per project, sorted. */
  projectPartners: Int32Array[];
  /** Projects per partner, sorted. */
  partnerProjects: Int32Array[];
  /** Outcome ids per project, sorted; outcome themes and text per outcome. */
  projectOutcomes: string[][];
  /** Projects that address each theme / produced outcomes about it. */
  themeProjects: Int32Array[];
  themeOutcomeCount: Int32Array;
  themeIdf: Float64Array;
  termDf: Int32Array;
  /** Unit vectors: themes (weight·IDF), partners (√Adamic–Adar weight), text (TF–IDF), outcome themes. */
  themeVectors: SparseVector[];
  partnerVectors: SparseVector[];
  textVectors: SparseVector[];
  outcomeThemeVectors: SparseVector[];
  /** Per axis, per project: [excess share of side X, excess share of side Y] in 0..1. */
  sides: Record<ComplementarityAxis, Float64Array[]>;
  /** Pair keys (a·n + b, a < b) of projects that already collaborate. */
  collaborations: Set<number>;
}

export const pairKey = (a: number, b: number, n: number) => (a < b ? a * n + b : b * n + a);

/** The share of a partner on each side of each axis (a partner may count for half, e.g. activeIn "both"). */
export function partnerSides(p: PartnerNode): Record<ComplementarityAxis, [number, number]> {
  const regular = p.kind === "company" || p.kind === "sme";
  const small = p.kind === "sme" || (p.kind === "company" && (p.size === "micro" || p.size === "small" || p.size === "medium"));
  const large = p.kind === "company" && (p.size === "large" || p.size === undefined);
  const south = p.activeIn === "south" ? 1 : p.activeIn === "both" ? 0.5 : 0;
  return {
    "social-regular": [p.kind === "social-economy" ? 1 : 0, regular ? 1 : 0],
    size: [small ? 1 : 0, large ? 1 : 0],
    "north-south": [south, 1 - south],
    "knowledge-practice": [p.kind === "academic" || p.kind === "consultancy" ? 1 : 0, regular || p.kind === "social-economy" ? 1 : 0],
  };
}

export function buildProfiles(graph: DiagonalGraph, options: Partial<typeof PROFILE_DEFAULTS> = {}): ProjectProfiles {
  const termsPerProject = options.termsPerProject ?? PROFILE_DEFAULTS.termsPerProject;
  const { projects, themes, partners, projectIndex, themeIndex, partnerIndex } = indexNodes(graph);
  const n = projects.length;

  const projectThemes: { theme: number; weight: number }[][] = projects.map(() => []);
  const partnerLists: number[][] = projects.map(() => []);
  const outcomeLists: OutcomeNode[][] = projects.map(() => []);
  const outcomeThemes = new Map<string, number[]>();
  const collaborations = new Set<number>();
  graph.forEachEdge((_, e, source, target) => {
    if (e.type === "ADDRESSES") projectThemes[projectIndex.get(idOf(source))!]!.push({ theme: themeIndex.get(idOf(target))!, weight: e.weight });
    else if (e.type === "PARTICIPATES_IN") partnerLists[projectIndex.get(idOf(target))!]!.push(partnerIndex.get(idOf(source))!);
    else if (e.type === "PRODUCED") outcomeLists[projectIndex.get(idOf(source))!]!.push(graph.getNodeAttributes(target) as OutcomeNode);
    else if (e.type === "ABOUT") {
      const list = outcomeThemes.get(idOf(source)) ?? [];
      list.push(themeIndex.get(idOf(target))!);
      outcomeThemes.set(idOf(source), list);
    } else if (e.type === "COLLABORATES_WITH") {
      const a = projectIndex.get(idOf(source));
      const b = projectIndex.get(idOf(target));
      if (a !== undefined && b !== undefined && a !== b) collaborations.add(pairKey(a, b, n));
    }
  });
  for (const list of projectThemes) list.sort((x, y) => x.theme - y.theme);
  for (const list of outcomeLists) list.sort(byId);

  // Themes: IDF over projects (rarer themes count more), weighted by how central the theme is.
  const themeProjectLists: number[][] = themes.map(() => []);
  projectThemes.forEach((list, p) => list.forEach(({ theme }) => themeProjectLists[theme]!.push(p)));
  const themeIdf = Float64Array.from(themeProjectLists, (ps) => Math.log(1 + n / Math.max(1, ps.length)));
  const themeVectors = projectThemes.map((list) => sparseVector(new Map(list.map(({ theme, weight }) => [theme, weight * themeIdf[theme]!]))));
  const mainThemes = projectThemes.map((list) => {
    const max = Math.max(0, ...list.map((t) => t.weight));
    return list.filter((t) => t.weight === max).map((t) => t.theme);
  });

  // Partners: Adamic–Adar weight 1/ln(1 + degree); stored as √weight so that the cosine of two
  // vectors is Σ shared weights / √(Σ weights of a · Σ weights of b).
  const projectPartners = partnerLists.map((l) => Int32Array.from(new Set(l)).sort());
  const partnerProjectLists: number[][] = partners.map(() => []);
  projectPartners.forEach((list, p) => list.forEach((r) => partnerProjectLists[r]!.push(p)));
  const partnerProjects = partnerProjectLists.map((l) => Int32Array.from(l));
  const aa = Float64Array.from(partnerProjects, (ps) => 1 / Math.log(1 + Math.max(1, ps.length)));
  const partnerVectors = projectPartners.map((list) => sparseVector(new Map(Array.from(list, (r) => [r, Math.sqrt(aa[r]!)]))));

  // Outcomes about themes, IDF-weighted like the themes themselves.
  const themeOutcomeCount = new Int32Array(themes.length);
  const outcomeThemeVectors = outcomeLists.map((list) => {
    if (list.length === 0) return EMPTY_VECTOR;
    const m = new Map<number, number>();
    for (const o of list) for (const t of outcomeThemes.get(o.id) ?? []) {
      m.set(t, (m.get(t) ?? 0) + themeIdf[t]!);
      themeOutcomeCount[t]!++;
    }
    return sparseVector(m);
  });

  // Text: TF–IDF over name, description and outcome titles and summaries, in the text's language.
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const termWords: string[] = [];
  const termWordsByLanguage: ProjectProfiles["termWordsByLanguage"] = { nl: [], en: [] };
  const docs = projects.map((p, i) => {
    const text = [p.name, p.description ?? "", ...outcomeLists[i]!.flatMap((o) => [o.title, o.summary ?? ""])].join(" \n ");
    const tf = new Map<number, number>();
    const language = detectLanguage(words(text));
    for (const [term, word] of tokenize(text, language, true)) {
      let t = termIndex.get(term);
      if (t === undefined) {
        t = terms.length;
        terms.push(term);
        termWords.push(word);
        termIndex.set(term, t);
      }
      termWordsByLanguage[language][t] ??= word;
      tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    return tf;
  });
  const termDf = new Int32Array(terms.length);
  for (const tf of docs) for (const t of tf.keys()) termDf[t]!++;
  const genericFrom = Math.max(options.genericTermMinCount ?? PROFILE_DEFAULTS.genericTermMinCount, (options.genericTermShare ?? PROFILE_DEFAULTS.genericTermShare) * n);
  const genericTerms = Uint8Array.from(termDf, (df) => (df > genericFrom ? 1 : 0));
  markSpreadTerms(genericTerms, termDf, docs, mainThemes, { ...PROFILE_DEFAULTS, ...options });
  const textVectors = docs.map((tf) => {
    const w = new Map<number, number>();
    // A term only one project uses cannot make two projects alike.
    for (const [t, c] of tf) if (termDf[t]! > 1) w.set(t, (1 + Math.log(c)) * Math.log(n / termDf[t]!));
    return sparseVector(w, { limit: termsPerProject });
  });

  // Complementarity: a project's share of partners on each side, as excess over the average project,
  // so that a side most networks already lean to (e.g. the north) only counts when a network is extreme.
  const sides = {} as ProjectProfiles["sides"];
  const partnerSide = partners.map(partnerSides);
  for (const axis of COMPLEMENTARITY_AXES) {
    const shares = projectPartners.map((list) => {
      let x = 0;
      let y = 0;
      for (const r of list) {
        x += partnerSide[r]![axis][0];
        y += partnerSide[r]![axis][1];
      }
      return list.length ? [x / list.length, y / list.length] : [0, 0];
    });
    const withPartners = shares.filter((_, i) => projectPartners[i]!.length > 0);
    const mean = [0, 1].map((k) => withPartners.reduce((s, v) => s + v[k]!, 0) / Math.max(1, withPartners.length));
    const excess = (v: number, m: number) => (m >= 1 ? 0 : Math.max(0, (v - m) / (1 - m)));
    sides[axis] = shares.map((v, i) => (projectPartners[i]!.length ? Float64Array.of(excess(v[0]!, mean[0]!), excess(v[1]!, mean[1]!)) : new Float64Array(2)));
  }

  return {
    projectIds: projects.map((p) => p.id),
    projectIndex,
    themeIds: themes.map((t) => t.id),
    themeNames: themes.map((t) => ({ nl: t.nameNl, en: t.nameEn })),
    partnerIds: partners.map((p) => p.id),
    partnerNames: partners.map((p) => p.name),
    terms,
    termWords,
    termWordsByLanguage,
    genericTerms,
    projectThemes,
    mainThemes,
    projectPartners,
    partnerProjects,
    projectOutcomes: outcomeLists.map((l) => l.map((o) => o.id)),
    themeProjects: themeProjectLists.map((l) => Int32Array.from(l)),
    themeOutcomeCount,
    themeIdf,
    termDf,
    themeVectors,
    partnerVectors,
    textVectors,
    outcomeThemeVectors,
    sides,
    collaborations,
  };
}

/**
 * Marks terms spread over unrelated networks as generic: for a term in ≥ spreadTermMinCount
 * networks, no main theme is shared by spreadTermThemeShare of them.
 * One pass over each network's terms and themes (a count per term and theme), never all pairs.
 */
function markSpreadTerms(
  generic: Uint8Array,
  df: Int32Array,
  docs: readonly Map<number, number>[],
  mainThemes: readonly number[][],
  o: { spreadTermMinCount: number; spreadTermThemeShare: number },
): void {
  const perTheme = new Map<number, Map<number, number>>();
  docs.forEach((tf, p) => {
    for (const t of tf.keys()) {
      if (df[t]! < o.spreadTermMinCount || generic[t]) continue;
      let counts = perTheme.get(t);
      if (!counts) perTheme.set(t, (counts = new Map()));
      for (const theme of mainThemes[p]!) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    }
  });
  for (const [t, counts] of perTheme) {
    let best = 0;
    for (const c of counts.values()) best = Math.max(best, c);
    if (best < o.spreadTermThemeShare * df[t]!) generic[t] = 1;
  }
}
