// On-demand recommendations for one network — in the graph, or new (themes, description, lead
// partner): who should we invite, and which existing networks should it learn from. Answered from
// in-memory indexes (history-index.ts) and the learned rankers (learned-ranker.ts), without an
// analysis run. Each item carries its score, the features behind it and reasons in Dutch and in
// English, each worded in its own language (no stems or terms of the other language).
import { joinNatural } from "../community-names.ts";
import { nodeKey, type DiagonalGraph, type OutcomeNode, type ProjectNode } from "../graph.ts";
import { periodOf, timingOf, type NetworkTiming } from "../network-periods.ts";
import { periodLabel } from "../opportunities/learn-from.ts";
import { CandidateScorer, NETWORK_FEATURES, PARTNER_FEATURES, type CandidatePoolOptions, type NetworkQuery } from "./candidates.ts";
import { buildHistoryIndex, type HistoryIndex, type ProjectTerms } from "./history-index.ts";
import { learnRankers, queryOf, rankerScores, type Decision, type Rankers } from "./learned-ranker.ts";
import type { Reasons } from "../types.ts";
import { toldApart } from "./told-apart.ts";
import { joinChances } from "./partner-chances.ts";

export interface Recommender {
  index: HistoryIndex;
  scorer: CandidateScorer;
  rankers: Rankers;
  /** Per project (index order): status, period and outcome titles, for running/past and "learn from". */
  times?: ProjectInTime[];
}

export interface ProjectInTime {
  node: ProjectNode;
  outcomes: string[];
}

/** Which networks a network recommendation may name: running ones only, or all (past ones labelled "learn from"). */
export type NetworkTimeFilter = "running" | "all";

export interface RecommenderOptions {
  seed: number;
  /** Networks that may be recommended or serve as evidence (e.g. no planted ones for the public). */
  include?: (p: ProjectNode) => boolean;
  decisions?: readonly Decision[];
  pool?: Partial<CandidatePoolOptions>;
  /** Rankers already fitted (an analysis run's): used as they are instead of learning again. */
  rankers?: Rankers;
  /** Index terms of a project's text, when the caller keeps them between builds (see history-index.ts). */
  termsOf?: ProjectTerms;
}

/** Indexes the whole graph and fits the rankers on its own history (see learned-ranker.ts), unless given. */
export function buildRecommender(graph: DiagonalGraph, options: RecommenderOptions): Recommender {
  const include = options.include ?? (() => true);
  const index = buildHistoryIndex(graph, include, options.termsOf ? { termsOf: options.termsOf } : {});
  const rankers = options.rankers ?? learnRankers(graph, (p) => include(p) && p.start !== undefined, { seed: options.seed, decisions: options.decisions, pool: options.pool });
  return { index, scorer: new CandidateScorer(index, options.pool), rankers, times: projectsInTime(graph, index) };
}

function projectsInTime(graph: DiagonalGraph, index: HistoryIndex): ProjectInTime[] {
  return index.projectIds.map((id) => {
    const key = nodeKey("project", id);
    const outcomes = graph.outNeighbors(key).filter((k) => k.startsWith("outcome:")).sort().map((k) => (graph.getNodeAttributes(k) as OutcomeNode).title);
    return { node: graph.getNodeAttributes(key) as ProjectNode, outcomes };
  });
}

/** The query for a network of the graph; its current partners are not recommended again. */
export function queryForProject(index: HistoryIndex, projectId: string): NetworkQuery | undefined {
  const p = index.projectIndex.get(projectId);
  if (p === undefined) return undefined;
  return { ...queryOf(index, p), excludePartners: new Set(index.projectPartners[p]!) };
}

export interface PartnerRecommendationItem {
  partnerId: string;
  name: string;
  kind: string;
  score: number;
  features: Record<string, number>;
  reasons: Reasons;
}

export interface NetworkRecommendationItem {
  projectId: string;
  name: string;
  /** Running now (or to come), or past: a past network is one to learn from. */
  timing?: NetworkTiming;
  status?: string;
  period?: { start?: string; end?: string };
  score: number;
  features: Record<string, number>;
  reasons: Reasons;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function ranked(scores: Float64Array, items: readonly number[], limit: number): number[] {
  return items
    .map((_, i) => i)
    .sort((i, j) => scores[j]! - scores[i]! || items[i]! - items[j]!)
    .slice(0, limit);
}

export function recommendPartnersFor(r: Recommender, q: NetworkQuery, limit: number): PartnerRecommendationItem[] {
  const { index } = r;
  const pool = r.scorer.partners(q);
  const scores = rankerScores(r.rankers.partners, pool);
  const themeNames = (lang: "nl" | "en") => (ts: number[]) => joinNatural(ts.map((t) => lower(index.themeNames[t]![lang])), lang);
  const queryThemes = new Set(q.themes.map((t) => t.theme));
  const items = ranked(scores, pool.items, limit).map((i) => {
    const partner = pool.items[i]!;
    const f = Object.fromEntries(PARTNER_FEATURES.map((name) => [name, round(pool.features[name][i]!)]));
    const onThemes = q.themes.filter(({ theme }) => (index.themePartnerCounts[theme]!.get(partner) ?? 0) > 0).map(({ theme }) => theme);
    // Distinct networks on any of the query's themes (not network × theme pairs).
    const themeCount = networksOnThemes(index, partner, queryThemes);
    const nl: string[] = [];
    const en: string[] = [];
    const lead = f.leadCommon!;
    if (lead > 0) {
      const leadName = index.partnerNames[q.lead]!;
      nl.push(`werkte al met ${leadName} (de trekker) samen in ${lead} ${lead === 1 ? "netwerk" : "netwerken"}`);
      en.push(`has worked with ${leadName} (the lead) in ${lead} ${lead === 1 ? "network" : "networks"}`);
    }
    if (themeCount > 0) {
      nl.push(`actief in ${themeCount} ${themeCount === 1 ? "netwerk" : "netwerken"} rond ${themeNames("nl")(onThemes)}`);
      en.push(`active in ${themeCount} ${themeCount === 1 ? "network" : "networks"} on ${themeNames("en")(onThemes)}`);
    }
    if (f.text! > 0) {
      nl.push("werkt mee in netwerken met een gelijkaardige beschrijving");
      en.push("works in networks with a similar description");
    }
    if (f.sameRegionAsLead === 1) {
      nl.push(`zelfde regio als de trekker (${index.partnerRegions[partner]})`);
      en.push(`same region as the lead (${index.partnerRegions[partner]})`);
    }
    const recent = f.recentActivity!;
    if (recent > 0) {
      nl.push(`recent actief: ${recent} ${recent === 1 ? "nieuw netwerk" : "nieuwe netwerken"} in het laatste jaar`);
      en.push(`recently active: ${recent} new ${recent === 1 ? "network" : "networks"} in the last year`);
    }
    const degree = index.partnerProjects[partner]!.length;
    if (!nl.length) {
      nl.push(`werkt mee in ${degree} ${degree === 1 ? "netwerk" : "netwerken"}`);
      en.push(`takes part in ${degree} ${degree === 1 ? "network" : "networks"}`);
    }
    return {
      partnerId: index.partnerIds[partner]!,
      name: index.partnerNames[partner]!,
      kind: index.partnerKinds[partner]!,
      score: round(scores[i]!),
      features: f,
      reasons: { nl: capitaliseFirst(nl), en: capitaliseFirst(en) },
    };
  });
  return toldApart(index, items);
}

/** How many of the partner's history networks address at least one of the themes. */
export function networksOnThemes(index: HistoryIndex, partner: number, themes: ReadonlySet<number>): number {
  if (themes.size === 0) return 0;
  let n = 0;
  for (const p of index.partnerProjects[partner]!) if (index.projectThemes[p]!.some((t) => themes.has(t.theme))) n++;
  return n;
}

export interface NetworkTimeOptions {
  /** The day seen from (YYYY-MM-DD); without it, time is not considered. */
  now?: string;
  networks?: NetworkTimeFilter;
}

export function recommendNetworksFor(r: Recommender, q: NetworkQuery, limit: number, time: NetworkTimeOptions = {}): NetworkRecommendationItem[] {
  const { index } = r;
  const pool = r.scorer.networks(q, joinChances(r.scorer, r.rankers.partners, q));
  const scores = rankerScores(r.rankers.networks, pool);
  const queryThemes = new Set(q.themes.map((t) => t.theme));
  const { now } = time;
  const timing = (p: number) => (now !== undefined && r.times ? timingOf(r.times[p]!.node, now) : undefined);
  const order = ranked(scores, pool.items, pool.items.length).filter((i) => time.networks !== "running" || timing(pool.items[i]!) !== "past").slice(0, limit);
  return order.map((i) => {
    const p = pool.items[i]!;
    const f = Object.fromEntries(NETWORK_FEATURES.map((name) => [name, round(pool.features[name][i]!)]));
    const partners = index.projectPartners[p]!;
    const nl: string[] = [];
    const en: string[] = [];
    const shared = index.projectThemes[p]!.filter((t) => queryThemes.has(t.theme)).map((t) => t.theme);
    if (shared.length) {
      nl.push(`werkt ook rond ${joinNatural(shared.map((t) => lower(index.themeNames[t]!.nl)), "nl")}`);
      en.push(`also works on ${joinNatural(shared.map((t) => lower(index.themeNames[t]!.en)), "en")}`);
    }
    if (q.lead >= 0 && partners.includes(q.lead)) {
      nl.push("de trekker werkt er al in mee");
      en.push("the lead already takes part in it");
    } else if (f.leadCommon! > 0) {
      const c = f.leadCommon!;
      nl.push(`${c} ${c === 1 ? "partner die" : "partners die"} al met de trekker samenwerkte${c === 1 ? "" : "n"}`);
      en.push(`${c} ${c === 1 ? "partner who has" : "partners who have"} worked with the lead before`);
    }
    if (f.text! > 0.05) {
      nl.push("gelijkaardige beschrijving");
      en.push("similar description");
    }
    if (!nl.length || partners.length >= 10) {
      nl.push(`netwerk met ${partners.length} ${partners.length === 1 ? "partner" : "partners"}`);
      en.push(`network of ${partners.length} ${partners.length === 1 ? "partner" : "partners"}`);
    }
    const when = timing(p);
    const inTime = r.times?.[p];
    if (when === "past" && inTime) {
      // A past network: something to learn from, its outcomes named first.
      const period = periodLabel(periodOf(inTime.node));
      const titles = inTime.outcomes.slice(0, 3).map((t) => `"${t}"`);
      nl.unshift(`afgelopen netwerk om van te leren${period ? ` (${period})` : ""}${titles.length ? `: resultaten ${joinNatural(titles, "nl")}` : ""}`);
      en.unshift(`past network to learn from${period ? ` (${period})` : ""}${titles.length ? `: outcomes ${joinNatural(titles, "en")}` : ""}`);
    }
    return {
      projectId: index.projectIds[p]!,
      name: index.projectNames[p]!,
      ...(when && inTime ? { timing: when, status: inTime.node.status, period: periodOf(inTime.node) } : {}),
      score: round(scores[i]!),
      features: f,
      reasons: { nl: capitaliseFirst(nl), en: capitaliseFirst(en) },
    };
  });
}

// "Transparantie" reads as "transparantie" mid-sentence; names with more capitals ("Noord-Zuid", "H2020 …") stay.
const lower = (s: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const capitaliseFirst = (xs: string[]) => xs.map((s, i) => (i === 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s));
