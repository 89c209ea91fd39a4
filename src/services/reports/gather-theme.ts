// Gathers the theme report's data around one theme, never the whole graph: its networks with their
// numbers of partners and outcomes, its networks' distinct partners grouped by kind, size and where
// active (counted by the database), outcomes about the theme, the themes its networks combine it
// with and those none does, the run's theme-gap finding and the recommended collaborations, and a
// picture of its networks (their confirmed collaborations and the run's suggestions); with
// --since, what changed on the theme since then. The report is written for policy and leaves the
// office: unless the coordinator asks for the internal version, planned networks count for nothing
// in it (their partners, outcomes, collaborations and suggestions neither), and a theme-gap finding
// the run computed with a planned network is left out (report-audience.ts).
import { readQuery } from "../../db/index.ts";
import { emptyGraph, nodeKey } from "../../analysis/graph.ts";
import { networkFiguresFromAggregates, type NetworkAggregates, type ThemeFigures } from "../../analysis/network-figures.ts";
import { layoutNetwork } from "../../analysis/network-layout.ts";
import { THEME_LIMITS, type ThemeData } from "../../reports/theme-report.ts";
import type { Lang } from "../../reports/document.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError } from "../../errors.ts";
import { getOpportunities, getSuggestions } from "../analysis/queries.ts";
import { communitiesOf, reportRun } from "./report-run.ts";
import type { ReportProgress } from "./progress.ts";
import type { Since } from "../../schemas/report.ts";
import { gatherChanges } from "./gather-changes.ts";
import { reportSecrets, visibleFindings } from "./report-audience.ts";

type NetworksRow = {
  theme: { id: string; nameNl: string; nameEn: string; description: string | null };
  ids: string[]; names: string[]; statuses: string[]; regions: string[]; partners: number[]; outcomes: number[]; degrees: number[];
};
type NeighbourhoodRow = {
  related: [string, number][];
  collaborations: [string, string][];
  partners: { kind: string; size: string | null; activeIn: string | null; n: number }[];
  outcomes: number;
};
type OutcomeRow = { id: string; title: string; kind: string; date: string | null; project: string | null };
type ThemeRow = { id: string; nameNl: string; nameEn: string };

/** One theme's figures from the database's counts, computed as the health report computes every theme's. */
function figuresOf(theme: ThemeRow, networks: number, n: NeighbourhoodRow): ThemeFigures {
  const partners = n.partners.map((g) => ({ kind: g.kind, n: g.n, ...(g.size ? { size: g.size } : {}), ...(g.activeIn ? { activeIn: g.activeIn } : {}) }));
  const aggregates: NetworkAggregates = {
    counts: { projects: 0, partners: 0, themes: 1, outcomes: 0, collaborations: 0, participations: 0 },
    degrees: [], partnerNetworks: [],
    themes: [{ id: theme.id, nameNl: theme.nameNl, nameEn: theme.nameEn, networks, outcomes: n.outcomes, partners }],
  };
  return networkFiguresFromAggregates(emptyGraph(), aggregates).themes[0]!;
}

export async function gatherTheme(db: Db, themeId: string, opts: { run?: string; since?: Since; lang: Lang; seed?: number; internal?: boolean }, progress: ReportProgress): Promise<ThemeData> {
  const run = await reportRun(db, opts.run);
  const secrets = await reportSecrets(db, opts.internal ?? false);
  progress("reading the theme", 0, 3);
  const read = <T>(query: string) => readQuery<T>(db.driver, `reports/${query}`, { themeId, hiddenStatuses: secrets.hiddenStatuses }, db.database);
  const [[row], [around], outcomeRows, themes] = await Promise.all([
    read<NetworksRow>("theme-networks"), read<NeighbourhoodRow>("theme-neighbourhood"), read<OutcomeRow>("theme-outcomes"),
    readQuery<ThemeRow>(db.driver, "reports/themes", {}, db.database),
  ]);
  if (!row || !around) throw new NotFoundError("theme", themeId);
  const theme = row.theme;
  progress("theme figures", 1, 3);
  const figures = figuresOf(theme, row.ids.length, around);

  const networks: ThemeData["networks"] = row.ids.map((id, i) => ({
    id, name: row.names[i]!, status: row.statuses[i]!, ...(row.regions[i] ? { region: row.regions[i] } : {}), partners: row.partners[i]!, outcomes: row.outcomes[i]!,
  }));
  networks.sort((a, b) => b.partners - a.partners || (a.id < b.id ? -1 : 1));

  const outcomes: ThemeData["outcomes"] = outcomeRows.map((o) => ({ id: o.id, title: o.title, kind: o.kind, ...(o.date ? { date: o.date } : {}), project: o.project ?? "–" }));
  outcomes.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));

  const byId = new Map(themes.map((t) => [t.id, t]));
  const shared = new Map(around.related);
  const relatedList = around.related.map(([id, n]) => ({ id, nameNl: byId.get(id)!.nameNl, nameEn: byId.get(id)!.nameEn, shared: n })).sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id));
  const unrelated: ThemeData["unrelated"] = themes.filter((t) => t.id !== themeId && !shared.has(t.id)).map((t) => ({ id: t.id, nameNl: t.nameNl, nameEn: t.nameEn }));
  unrelated.sort((a, b) => a.id.localeCompare(b.id));

  progress("recommendations", 2, 3);
  const [gaps, found, communities] = await Promise.all([
    getOpportunities(db, { kind: "theme-gap", runId: run.id, limit: 500 }),
    // A few more than shown, for those touching hidden networks that are left out.
    getSuggestions(db, { theme: themeId, runId: run.id, limit: Math.min(500, THEME_LIMITS.suggestions + secrets.projects.size) }),
    communitiesOf(db, run.id, row.ids),
  ]);
  const suggestions = found.filter((s) => !secrets.projects.has(s.a) && !secrets.projects.has(s.b)).slice(0, THEME_LIMITS.suggestions);
  // The run counted every network on the theme: a finding that counted a hidden one is not shown.
  const gap = (await visibleFindings(db, secrets, run.id, gaps.filter((o) => o.subjects.some((s) => s.type === "theme" && s.id === themeId))))[0];
  // The picture: the theme's networks, ranked by their degree in the whole graph, and their collaborations.
  const networksGraph = emptyGraph();
  for (const n of networks) networksGraph.addNode(nodeKey("project", n.id), { type: "project", id: n.id, name: n.name, status: n.status });
  for (const [a, b] of around.collaborations) networksGraph.mergeEdge(nodeKey("project", a), nodeKey("project", b), { type: "COLLABORATES_WITH" });
  const picture = layoutNetwork(
    networksGraph,
    {
      membership: communities.membership, suggestions, degrees: new Map(row.ids.map((id, i) => [id, row.degrees[i]!])),
      communityNames: new Map(communities.names.map((c) => [c.community, opts.lang === "nl" ? c.nameNl : c.nameEn])),
    },
    { seed: opts.seed ?? 1, maxNodes: 60 },
  );
  const since = opts.since ? await gatherChanges(db, opts.since, run.id, { theme: themeId }, secrets.hiddenStatuses) : undefined;
  progress("recommendations", 3, 3);
  return {
    theme: { id: theme.id, nameNl: theme.nameNl, nameEn: theme.nameEn, ...(theme.description ? { description: theme.description } : {}) },
    runId: run.id,
    figures,
    networks,
    outcomes,
    related: relatedList,
    unrelated,
    ...(gap ? { gap: gap.reasons } : {}),
    suggestions: suggestions.map((s) => ({ aName: s.aName ?? s.a, bName: s.bName ?? s.b, score: s.score, reasons: s.reasons })),
    picture,
    ...(since ? { since } : {}),
    ...(secrets.internal ? { internal: true } : {}),
    generatedAt: new Date().toISOString(),
  };
}
