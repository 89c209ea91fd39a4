// Gathers the theme report's data from the stored graph: the theme's networks with their partners
// and outcomes, the kinds of partner, outcomes about the theme, the themes its networks combine it
// with and those none does, the run's theme-gap finding and the recommended collaborations; with
// --since, what changed on the theme since then.
import { projectGraph } from "../projection.ts";
import { nodeKey, type ProjectNode } from "../../analysis/graph.ts";
import { themeFigures } from "../../analysis/network-figures.ts";
import { layoutNetwork } from "../../analysis/network-layout.ts";
import { THEME_LIMITS, type ThemeData } from "../../reports/theme-report.ts";
import type { Lang } from "../../reports/document.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError } from "../../errors.ts";
import { getOpportunities, getSuggestions } from "../analysis/queries.ts";
import { namedCommunities, reportRun } from "./report-run.ts";
import type { ReportProgress } from "./progress.ts";
import type { Since } from "../../schemas/report.ts";
import { gatherChanges } from "./gather-changes.ts";

export async function gatherTheme(db: Db, themeId: string, opts: { run?: string; since?: Since; lang: Lang; seed?: number }, progress: ReportProgress): Promise<ThemeData> {
  const run = await reportRun(db, opts.run);
  progress("reading graph", 0, 3);
  const graph = await projectGraph(db, "reports/structure");
  const key = nodeKey("theme", themeId);
  if (!graph.hasNode(key)) throw new NotFoundError("theme", themeId);
  const theme = graph.getNodeAttributes(key);
  if (theme.type !== "theme") throw new NotFoundError("theme", themeId);
  progress("theme figures", 1, 3);
  const figures = themeFigures(graph, themeId)[0]!;

  const networks: ThemeData["networks"] = [];
  const related = new Map<string, number>();
  graph.forEachInNeighbor(key, (p, pa) => {
    if (pa.type !== "project") return;
    let partners = 0, outcomes = 0;
    graph.forEachInNeighbor(p, (_n, na) => { if (na.type === "partner") partners++; });
    graph.forEachOutNeighbor(p, (n, na) => {
      if (na.type === "outcome") outcomes++;
      if (na.type === "theme" && n !== key) related.set(n, (related.get(n) ?? 0) + 1);
    });
    const proj = pa as ProjectNode;
    networks.push({ id: proj.id, name: proj.name, status: proj.status, ...(proj.region ? { region: proj.region } : {}), partners, outcomes });
  });
  networks.sort((a, b) => b.partners - a.partners || (a.id < b.id ? -1 : 1));

  const outcomes: ThemeData["outcomes"] = [];
  graph.forEachInNeighbor(key, (o, oa) => {
    if (oa.type !== "outcome") return;
    const producer = graph.inNeighbors(o).map((p) => graph.getNodeAttributes(p)).find((a) => a.type === "project") as ProjectNode | undefined;
    outcomes.push({ id: oa.id, title: oa.title, kind: oa.kind, ...(oa.date ? { date: oa.date } : {}), project: producer?.name ?? "–" });
  });
  outcomes.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));

  const themeOf = (k: string) => {
    const a = graph.getNodeAttributes(k);
    return a.type === "theme" ? { id: a.id, nameNl: a.nameNl, nameEn: a.nameEn } : undefined;
  };
  const relatedList = [...related].map(([k, shared]) => ({ ...themeOf(k)!, shared })).sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id));
  const unrelated: ThemeData["unrelated"] = [];
  graph.forEachNode((k, a) => {
    if (a.type === "theme" && k !== key && !related.has(k)) unrelated.push({ id: a.id, nameNl: a.nameNl, nameEn: a.nameEn });
  });
  unrelated.sort((a, b) => a.id.localeCompare(b.id));

  progress("recommendations", 2, 3);
  const gaps = await getOpportunities(db, { kind: "theme-gap", runId: run.id, limit: 500 });
  const gap = gaps.find((o) => o.subjects.some((s) => s.type === "theme" && s.id === themeId));
  const suggestions = await getSuggestions(db, { theme: themeId, runId: run.id, limit: THEME_LIMITS.suggestions });
  const { membership, names } = await namedCommunities(db, graph, run.id);
  const picture = layoutNetwork(
    graph,
    { membership, suggestions, communityNames: new Map(names.map((c) => [c.community, opts.lang === "nl" ? c.nameNl : c.nameEn])), only: new Set(networks.map((n) => n.id)) },
    { seed: opts.seed ?? 1, maxNodes: 60 },
  );
  const since = opts.since ? await gatherChanges(db, opts.since, run.id, { theme: themeId }) : undefined;
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
    generatedAt: new Date().toISOString(),
  };
}
