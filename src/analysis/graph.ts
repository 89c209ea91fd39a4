// The analysis graph: the Neo4j graph as graphology holds it. Node keys are "<type>:<id>"; the
// projection from Neo4j (src/services) and datasetToGraph (for tests and benchmarks) build the
// same shape, so every analysis function works on either.
import { DirectedGraph } from "graphology";
import type { Dataset } from "../schemas/index.ts";
import type { NodeKind } from "../vocabulary.ts";
import { datePrecision } from "../schemas/partial-date.ts";

export type NodeType = NodeKind;

export interface ProjectNode { type: "project"; id: string; name: string; description?: string; status: string; region?: string; start?: string; end?: string; endPrecision?: string }
export interface PartnerNode { type: "partner"; id: string; name: string; kind: string; sector?: string; region?: string; size?: string; activeIn: string }
export interface ThemeNode { type: "theme"; id: string; nameNl: string; nameEn: string; description?: string }
export interface OutcomeNode { type: "outcome"; id: string; title: string; kind: string; summary?: string; date?: string; url?: string }
export type NodeAttributes = ProjectNode | PartnerNode | ThemeNode | OutcomeNode;

export type EdgeAttributes =
  | { type: "ADDRESSES"; weight: number } // project → theme
  | { type: "PARTICIPATES_IN"; role: string } // partner → project
  | { type: "PRODUCED" } // project → outcome
  | { type: "ABOUT" } // outcome → theme
  | { type: "COLLABORATES_WITH"; since?: string; source?: string }; // project → project

export type DiagonalGraph = DirectedGraph<NodeAttributes, EdgeAttributes>;

export const nodeKey = (type: NodeType, id: string) => `${type}:${id}`;
export const idOf = (key: string) => key.slice(key.indexOf(":") + 1);

/** "year" or "month" for a partial end date (2012, 2012-09) as the graph stores it beside the date. */
const endPrecisionOf = (end: string | undefined) => {
  const p = end ? datePrecision(end) : undefined;
  return p === "day" ? undefined : p;
};

export function emptyGraph(): DiagonalGraph {
  return new DirectedGraph<NodeAttributes, EdgeAttributes>({ multi: false, allowSelfLoops: false });
}

/** Builds the analysis graph from an in-memory dataset (fixtures, generator, tests). */
export function datasetToGraph(d: Dataset): DiagonalGraph {
  const g = emptyGraph();
  const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  for (const t of d.themes) g.addNode(nodeKey("theme", t.id), strip({ type: "theme" as const, id: t.id, nameNl: t.nameNl, nameEn: t.nameEn, description: t.description }));
  for (const p of d.projects) {
    g.addNode(nodeKey("project", p.id), strip({ type: "project" as const, id: p.id, name: p.name, description: p.description, status: p.status, region: p.region, start: p.start, end: p.end, endPrecision: endPrecisionOf(p.end) }));
  }
  for (const p of d.partners) {
    g.addNode(nodeKey("partner", p.id), strip({ type: "partner" as const, id: p.id, name: p.name, kind: p.kind, sector: p.sector, region: p.region, size: p.size, activeIn: p.activeIn }));
  }
  for (const o of d.outcomes) {
    g.addNode(nodeKey("outcome", o.id), strip({ type: "outcome" as const, id: o.id, title: o.title, kind: o.kind, summary: o.summary, date: o.date, url: o.url }));
    g.mergeEdge(nodeKey("project", o.project), nodeKey("outcome", o.id), { type: "PRODUCED" });
    for (const t of o.themes) g.mergeEdge(nodeKey("outcome", o.id), nodeKey("theme", t), { type: "ABOUT" });
  }
  for (const a of d.projectThemes) g.mergeEdge(nodeKey("project", a.project), nodeKey("theme", a.theme), { type: "ADDRESSES", weight: a.weight });
  for (const p of d.participations) g.mergeEdge(nodeKey("partner", p.partner), nodeKey("project", p.project), { type: "PARTICIPATES_IN", role: p.role });
  for (const c of d.collaborations) g.mergeEdge(nodeKey("project", c.from), nodeKey("project", c.to), strip({ type: "COLLABORATES_WITH" as const, since: c.since, source: c.source }));
  return g;
}

/** The graph's projects, themes and partners, each sorted by id, with the position of every id. */
export interface NodeIndex {
  projects: ProjectNode[];
  themes: ThemeNode[];
  partners: PartnerNode[];
  projectIndex: Map<string, number>;
  themeIndex: Map<string, number>;
  partnerIndex: Map<string, number>;
}

/** Orders nodes by id. */
export const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Numbers the nodes the same way for every analysis that reads the graph (sorted ids: deterministic). */
export function indexNodes(graph: DiagonalGraph): NodeIndex {
  const projects: ProjectNode[] = [];
  const themes: ThemeNode[] = [];
  const partners: PartnerNode[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project") projects.push(a);
    else if (a.type === "theme") themes.push(a);
    else if (a.type === "partner") partners.push(a);
  });
  projects.sort(byId);
  themes.sort(byId);
  partners.sort(byId);
  return {
    projects,
    themes,
    partners,
    projectIndex: new Map(projects.map((p, i) => [p.id, i])),
    themeIndex: new Map(themes.map((t, i) => [t.id, i])),
    partnerIndex: new Map(partners.map((p, i) => [p.id, i])),
  };
}
