// Reusable outcomes: a report, tool or training of network A that fits network B — B addresses the
// outcome's themes and its text resembles the outcome's — where B is one of A's similar networks
// and does not collaborate with A yet. Fit = 0.5·theme fit + 0.5·text fit, where theme fit is the
// IDF-weighted share of the outcome's themes B addresses and text fit the TF–IDF cosine of the
// outcome's title and summary with B's text. Only B's among A's scored candidates are considered,
// and only A's `receiversConsidered` most similar ones, so the cost is linear in the outcomes.
import type { DiagonalGraph, OutcomeNode, ProjectNode } from "../graph.ts";
import { idOf, nodeKey } from "../graph.ts";
import type { ProjectProfiles } from "../profiles.ts";
import { themePhrase, sharedTermsPhrase } from "../reasons.ts";
import { neighbourIndex, type NeighbourIndex, type PairScores } from "../similarity.ts";
import { dot, sharedKeys, sparseVector, type SparseVector } from "../sparse.ts";
import { tokenize } from "../text/tokenize.ts";
import type { Opportunity } from "../types.ts";

export const REUSABLE_OUTCOME_DEFAULTS = {
  limit: 500,
  /** A's most similar networks considered as receivers of its outcomes. */
  receiversConsidered: 10,
  /** Outcomes suggested to one network. */
  perProject: 2,
  /** Least fit (0..1) for a suggestion. */
  minFit: 0.35,
  /** Share of the themes' fit in the fit (the rest is the text's). */
  themeShareOfFit: 0.5,
  /** Shared terms named in a reason, per language. */
  termsExplained: 3,
};

export function reusableOutcomes(
  graph: DiagonalGraph,
  profiles: ProjectProfiles,
  pairs: PairScores,
  options: Partial<typeof REUSABLE_OUTCOME_DEFAULTS> = {},
  neighbourLists?: NeighbourIndex,
): Opportunity[] {
  const o = { ...REUSABLE_OUTCOME_DEFAULTS, ...options };
  const { limit, perProject, minFit, receiversConsidered } = o;
  const n = profiles.projectIds.length;
  const index = neighbourLists ?? neighbourIndex(pairs, n);
  const receivers = (a: number) => {
    const out: number[] = [];
    for (let e = index.offsets[a]!; e < index.offsets[a + 1]! && out.length < receiversConsidered; e++) {
      const b = index.other[e]!;
      if (!profiles.collaborations.has(a < b ? a * n + b : b * n + a)) out.push(b);
    }
    return out;
  };
  const termIndex = new Map(profiles.terms.map((t, i) => [t, i]));
  const themeIndex = new Map(profiles.themeIds.map((t, i) => [t, i]));
  const themesOf = profiles.projectThemes.map((l) => new Set(l.map((t) => t.theme)));
  const projectName = (p: number) => (graph.getNodeAttributes(nodeKey("project", profiles.projectIds[p]!)) as ProjectNode).name;

  type Found = { outcome: OutcomeNode; vector: SparseVector; a: number; b: number; fit: number; themeFit: number; textFit: number; themes: number[] };
  const found: Found[] = [];
  for (let a = 0; a < n; a++) {
    const candidates = profiles.projectOutcomes[a]!.length ? receivers(a) : [];
    if (candidates.length === 0) continue;
    for (const outcomeId of profiles.projectOutcomes[a]!) {
      const key = nodeKey("outcome", outcomeId);
      const outcome = graph.getNodeAttributes(key) as OutcomeNode;
      const themes = graph.outNeighbors(key).map((t) => themeIndex.get(idOf(t))!).filter((t) => t !== undefined).sort((x, y) => x - y);
      if (themes.length === 0) continue;
      const totalIdf = themes.reduce((s, t) => s + profiles.themeIdf[t]!, 0);
      const tf = new Map<number, number>();
      for (const term of tokenize(`${outcome.title} ${outcome.summary ?? ""}`)) {
        const t = termIndex.get(term);
        if (t !== undefined && profiles.termDf[t]! > 1) tf.set(t, (tf.get(t) ?? 0) + 1);
      }
      for (const [t, c] of tf) tf.set(t, (1 + Math.log(c)) * Math.log(n / profiles.termDf[t]!));
      const vector = sparseVector(tf);
      for (const b of candidates) {
        const shared = themes.filter((t) => themesOf[b]!.has(t));
        if (shared.length === 0) continue;
        const themeFit = shared.reduce((s, t) => s + profiles.themeIdf[t]!, 0) / totalIdf;
        const textFit = Math.min(1, dot(vector, profiles.textVectors[b]!));
        const fit = o.themeShareOfFit * themeFit + (1 - o.themeShareOfFit) * textFit;
        if (fit < minFit) continue;
        found.push({ outcome, vector, a, b, fit, themeFit, textFit, themes: shared });
      }
    }
  }
  found.sort((x, y) => y.fit - x.fit || (x.outcome.id < y.outcome.id ? -1 : x.outcome.id > y.outcome.id ? 1 : x.b - y.b));
  const perReceiver = new Map<number, number>();
  const kept: Found[] = [];
  for (const f of found) {
    if (kept.length >= limit) break;
    const c = perReceiver.get(f.b) ?? 0;
    if (c >= perProject) continue;
    perReceiver.set(f.b, c + 1);
    kept.push(f);
  }
  return kept.map((f) => {
    const t = themePhrase(f.themes.map((x) => profiles.themeNames[x]!));
    // Named per language, generic terms left out (see sharedTermsByLanguage).
    const shared = sharedKeys(f.vector, profiles.textVectors[f.b]!).filter((s) => !profiles.genericTerms[s.key]);
    const termsIn = (lang: "nl" | "en") => shared.map((s) => profiles.termWordsByLanguage[lang][s.key]).filter((w): w is string => w !== undefined).slice(0, o.termsExplained);
    const terms = { nl: termsIn("nl"), en: termsIn("en") };
    const from = projectName(f.a);
    const to = projectName(f.b);
    const nl = [`Het resultaat "${f.outcome.title}" van ${from} past bij ${to}`, `zelfde thema: ${t.nl}`];
    const en = [`The outcome "${f.outcome.title}" of ${from} fits ${to}`, `same theme: ${t.en}`];
    const phrase = sharedTermsPhrase(terms);
    if (phrase) {
      nl.push(phrase.nl);
      en.push(phrase.en);
    }
    const outcomeId = f.outcome.id;
    const toId = profiles.projectIds[f.b]!;
    return {
      kind: "reusable-outcome" as const,
      key: `reusable-outcome:${outcomeId}:${toId}`,
      score: Math.round(f.fit * 1e6) / 1e6,
      subjects: [
        { type: "outcome" as const, id: outcomeId },
        { type: "project" as const, id: toId },
        { type: "project" as const, id: profiles.projectIds[f.a]! },
      ],
      reasons: { nl, en },
      details: { from: profiles.projectIds[f.a], to: toId, themeFit: Math.round(f.themeFit * 1e6) / 1e6, textFit: Math.round(f.textFit * 1e6) / 1e6, themes: f.themes.map((x) => profiles.themeIds[x]) },
    };
  });
}
