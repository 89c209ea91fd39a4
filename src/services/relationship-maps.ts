// The three public relationship maps — the whole diagonal network, a network's neighbourhood, a
// theme — built from the bounded graph views, the latest complete analysis run (communities and
// current suggestions) and a seeded ForceAtlas2 layout. A map is built once per version (latest
// complete run + decisions taken) and cached, so every visitor sees the same picture and a half-
// written run never shows. Everything here is read with the public role's visibility: no planned
// network, no decided suggestion, no note, no enterprise number, whoever asks.
import { UndirectedGraph } from "graphology";
import neo4j from "neo4j-driver";
import { readQuery } from "../db/index.ts";
import { nameCommunities } from "../analysis/community-names.ts";
import { emptyGraph, nodeKey, type NodeAttributes } from "../analysis/graph.ts";
import { communityColour, KIND_COLOURS, layoutMap } from "../analysis/map-layout.ts";
import type { MapData, MapEdgeAttributes, MapLegendEntry, MapNodeAttributes, MapView } from "../schemas/maps.ts";
import { getSuggestions, type StoredSuggestion } from "./analysis/index.ts";
import { communityMap } from "./analysis/queries.ts";
import { currentDataVersion } from "./data-version.ts";
import type { Db } from "./entities/store.ts";
import { networkView, projectNeighbourhoodView, themeView, type GraphView } from "./graph-views.ts";
import { GRAPH_LIMITS } from "../schemas/index.ts";

/** Bumped when the map's shape or layout changes, so cached copies and ETags follow. */
const MAP_FORMAT = "map-1";
/** Suggestions drawn: the global top on the network map, per network on its own map. */
const NETWORK_SUGGESTIONS = 500;
const PROJECT_SUGGESTIONS = 10;
const THEME_SUGGESTIONS = 300;
const CACHED_MAPS = 200;

export interface MapVersion {
  runId: string | null;
  /** Changes whenever the data version does. */
  token: string;
}

/** The maps' version: the one data version (latest complete run, decisions, imports, entity changes). */
export async function mapVersion(db: Db): Promise<MapVersion> {
  const version = await currentDataVersion(db);
  return { runId: version.runId, token: `${MAP_FORMAT}|${version.token}` };
}

interface CacheEntry { token: string; data: Promise<MapData> }
const caches = new WeakMap<object, Map<string, CacheEntry>>();

/** The map at the given version, built once (concurrent requests share the build). */
export function relationshipMap(db: Db, view: MapView, subject: string | undefined, version: MapVersion): Promise<MapData> {
  let cache = caches.get(db.driver);
  if (!cache) caches.set(db.driver, (cache = new Map()));
  const key = `${view}:${subject ?? ""}`;
  const hit = cache.get(key);
  if (hit && hit.token === version.token) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.data;
  }
  const data = buildMap(db, view, subject, version.runId);
  const entry = { token: version.token, data };
  cache.set(key, entry);
  data.catch(() => { if (cache.get(key) === entry) cache.delete(key); });
  while (cache.size > CACHED_MAPS) cache.delete(cache.keys().next().value!);
  return data;
}

function buildMap(db: Db, view: MapView, subject: string | undefined, runId: string | null): Promise<MapData> {
  if (view === "network") return networkMap(db, runId);
  if (view === "project") return projectMap(db, subject!, runId);
  return themeMap(db, subject!, runId);
}

type LayoutGraph = UndirectedGraph<Partial<MapNodeAttributes> & { hidden?: boolean }, Partial<MapEdgeAttributes> & { weight?: number }>;

const labelOf = (a: NodeAttributes): Pick<MapNodeAttributes, "label" | "labelNl"> => {
  switch (a.type) {
    case "theme": return a.nameNl && a.nameNl !== a.nameEn ? { label: a.nameEn, labelNl: a.nameNl } : { label: a.nameEn };
    case "outcome": return { label: a.title };
    default: return { label: a.name };
  }
};

const KIND_NAMES = {
  project: { nl: "Lerende netwerken", en: "Learning networks" },
  theme: { nl: "Thema's", en: "Themes" },
  partner: { nl: "Partners", en: "Partners" },
  outcome: { nl: "Resultaten", en: "Outcomes" },
} as const;
const NOT_ANALYSED = { nl: "Nog niet geanalyseerd", en: "Not analysed yet" };

const EDGE_STYLE: Record<MapEdgeAttributes["kind"], { color: string; size: number; weight: number }> = {
  collaboration: { color: "#1b1b1b", size: 2.5, weight: 2 },
  suggestion: { color: "#c2185b", size: 2, weight: 1 },
  theme: { color: "#c9c9c9", size: 1, weight: 1 },
  partner: { color: "#c9c9c9", size: 1, weight: 1 },
  outcome: { color: "#c9c9c9", size: 1, weight: 1 },
};
const ACROSS_COLOUR = "#d55e00";

const KIND_OF_REL: Record<string, MapEdgeAttributes["kind"]> = {
  COLLABORATES_WITH: "collaboration", ADDRESSES: "theme", PARTICIPATES_IN: "partner", PRODUCED: "outcome", ABOUT: "theme",
};

/** Undirected pair key, so a collaboration and a suggestion of the same pair are one link. */
const pairKey = (a: string, b: string) => (a < b ? `${a}--${b}` : `${b}--${a}`);

function addRelations(g: LayoutGraph, view: GraphView, keep: (source: string, target: string, kind: MapEdgeAttributes["kind"]) => boolean): void {
  for (const e of view.edges) {
    const kind = KIND_OF_REL[String(e.attributes?.type)];
    if (!kind || !g.hasNode(e.source) || !g.hasNode(e.target) || !keep(e.source, e.target, kind)) continue;
    const key = pairKey(e.source, e.target);
    if (g.hasEdge(key)) continue;
    const { color, size, weight } = EDGE_STYLE[kind];
    g.addEdgeWithKey(key, e.source, e.target, { kind, color, size, weight });
  }
}

function addSuggestions(g: LayoutGraph, suggestions: StoredSuggestion[]): void {
  for (const s of suggestions) {
    const a = nodeKey("project", s.a), b = nodeKey("project", s.b);
    if (!g.hasNode(a) || !g.hasNode(b)) continue;
    const key = pairKey(a, b);
    if (g.hasEdge(key)) continue; // already collaborating
    const { color, size, weight } = EDGE_STYLE.suggestion;
    g.addEdgeWithKey(key, a, b, {
      kind: "suggestion", color, size, weight, dashed: true,
      score: Math.round(s.score * 1000) / 1000, reasonsNl: s.reasons.nl, reasonsEn: s.reasons.en,
    });
  }
}

/** The serialisation the browser draws: only public map fields, nodes and edges in key order. */
function serialise(g: LayoutGraph, attributes: Omit<MapData["attributes"], "nodeCount" | "edgeCount">): MapData {
  const nodes: MapData["nodes"] = [];
  g.forEachNode((key, a) => {
    if (a.hidden) return;
    const n: MapNodeAttributes = { kind: a.kind!, label: a.label!, x: a.x!, y: a.y!, size: a.size!, color: a.color!, group: a.group! };
    if (a.labelNl) n.labelNl = a.labelNl;
    if (a.centre) n.centre = true;
    nodes.push({ key, attributes: n });
  });
  const edges: MapData["edges"] = [];
  g.forEachEdge((key, a, source, target) => {
    if (g.getNodeAttribute(source, "hidden") || g.getNodeAttribute(target, "hidden")) return;
    const e: MapEdgeAttributes = { kind: a.kind!, size: a.size!, color: a.color! };
    for (const f of ["dashed", "across", "score", "reasonsNl", "reasonsEn"] as const) if (a[f] !== undefined) (e as Record<string, unknown>)[f] = a[f];
    edges.push({ key, source, target, attributes: e });
  });
  nodes.sort((x, y) => (x.key < y.key ? -1 : 1));
  edges.sort((x, y) => (x.key < y.key ? -1 : 1));
  return { attributes: { ...attributes, nodeCount: nodes.length, edgeCount: edges.length }, options: { type: "undirected", multi: false, allowSelfLoops: false }, nodes, edges };
}

function kindLegend(g: LayoutGraph): MapLegendEntry[] {
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => { if (!a.hidden) counts.set(a.group!, (counts.get(a.group!) ?? 0) + 1); });
  return (["project", "theme", "partner", "outcome"] as const)
    .filter((k) => counts.has(k))
    .map((k) => ({ group: k, nameNl: KIND_NAMES[k].nl, nameEn: KIND_NAMES[k].en, color: KIND_COLOURS[k], count: counts.get(k)! }));
}

function addViewNodes(g: LayoutGraph, view: GraphView, centre?: string): void {
  for (const n of view.nodes) {
    const a = n.attributes as NodeAttributes;
    g.addNode(n.key, { kind: a.type, ...labelOf(a), color: KIND_COLOURS[a.type], group: a.type, ...(n.key === centre ? { centre: true } : {}) });
  }
}

/** The whole diagonal network: its networks coloured by community, links across communities highlighted. */
async function networkMap(db: Db, runId: string | null): Promise<MapData> {
  const view = await networkView(db, "public", { kinds: ["project", "theme"], limit: GRAPH_LIMITS.network.max });
  const analysis = emptyGraph().import(view as never);
  const communities = runId ? await communityMap(db, runId) : new Map<string, number>();
  // The best suggestions are what the map is for: their networks join the best connected ones
  // (public ones only), so a large programme's map still shows its suggested links.
  const suggestions = runId ? await getSuggestions(db, { runId, limit: NETWORK_SUGGESTIONS }) : [];
  const missing = [...new Set(suggestions.flatMap((x) => [x.a, x.b]))].filter((id) => !analysis.hasNode(nodeKey("project", id)));
  const extra = missing.length ? await readQuery<{ id: string; name: string }>(db.driver, "maps/visible-projects", { ids: missing, hiddenStatuses: ["planned"] }, db.database) : [];
  for (const p of extra) analysis.addNode(nodeKey("project", p.id), { type: "project", id: p.id, name: p.name, status: "active" });
  const membership: { projectId: string; community: number }[] = [];
  analysis.forEachNode((_k, a) => {
    if (a.type === "project" && communities.has(a.id)) membership.push({ projectId: a.id, community: communities.get(a.id)! });
  });
  const names = nameCommunities(analysis, membership);
  // Colours by size rank, so the largest communities get the most distinct colours.
  const ranked = [...names].sort((x, y) => y.size - x.size || x.community - y.community);
  const colourOf = new Map(ranked.map((c, i) => [c.community, communityColour(i)]));

  const g: LayoutGraph = new UndirectedGraph();
  for (const key of analysis.nodes()) {
    const a = analysis.getNodeAttributes(key);
    if (a.type === "theme") {
      // Themes pull their networks together in the layout but are not drawn on this map.
      g.addNode(key, { kind: "theme", hidden: true, ...labelOf(a), group: "theme", color: KIND_COLOURS.theme });
      continue;
    }
    const c = communities.get(a.id);
    g.addNode(key, { kind: "project", ...labelOf(a), group: c === undefined ? "none" : `c${c}`, color: c === undefined ? "#9e9e9e" : colourOf.get(c)! });
  }
  addRelations(g, view, (_s, _t, kind) => kind === "collaboration" || kind === "theme");
  g.forEachEdge((key, a) => { if (a.kind === "theme") g.setEdgeAttribute(key, "weight", 0.5); });
  if (runId) addSuggestions(g, suggestions);
  // Links inside a community pull harder than links across, so communities show as regions.
  g.forEachEdge((key, a, s, t) => {
    if (a.kind !== "theme") g.setEdgeAttribute(key, "weight", g.getNodeAttribute(s, "group") === g.getNodeAttribute(t, "group") ? 3 : 0.3);
  });
  layoutMap(g, { seed: `${runId ?? "none"}:network` });
  // Links across communities stand out: they are what a diagonal network is for.
  g.forEachEdge((key, a, s, t) => {
    if (a.kind === "theme") return;
    const gs = g.getNodeAttribute(s, "group"), gt = g.getNodeAttribute(t, "group");
    if (gs !== gt && gs !== "none" && gt !== "none") g.mergeEdgeAttributes(key, { across: true, ...(a.kind === "collaboration" ? { color: ACROSS_COLOUR } : {}) });
  });
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => { if (!a.hidden) counts.set(a.group!, (counts.get(a.group!) ?? 0) + 1); });
  const legend: MapLegendEntry[] = ranked
    .filter((c) => counts.has(`c${c.community}`))
    .map((c) => ({ group: `c${c.community}`, nameNl: c.nameNl, nameEn: c.nameEn, color: colourOf.get(c.community)!, count: counts.get(`c${c.community}`)! }));
  if (counts.has("none")) legend.push({ group: "none", nameNl: NOT_ANALYSED.nl, nameEn: NOT_ANALYSED.en, color: "#9e9e9e", count: counts.get("none")! });
  return serialise(g, {
    view: "network", titleNl: "Het diagonale netwerk", titleEn: "The diagonal network", runId, legend,
    truncated: view.attributes!.truncated,
  });
}

/** A network's neighbourhood: its themes, partners, outcomes, confirmed collaborations and current suggestions. */
async function projectMap(db: Db, projectId: string, runId: string | null): Promise<MapData> {
  const view = await projectNeighbourhoodView(db, projectId, "public", { depth: 1, limit: GRAPH_LIMITS.project.default });
  const centre = nodeKey("project", projectId);
  const g: LayoutGraph = new UndirectedGraph();
  addViewNodes(g, view, centre);
  // Only the network's own links: its neighbours' links among themselves would hide the picture.
  addRelations(g, view, (s, t) => s === centre || t === centre);
  if (runId) {
    const suggestions = await getSuggestions(db, { runId, project: projectId, limit: PROJECT_SUGGESTIONS });
    const others = suggestions.map((s) => (s.a === projectId ? s.b : s.a));
    const visible = await readQuery<{ id: string; name: string }>(db.driver, "maps/visible-projects", { ids: others, hiddenStatuses: ["planned"] }, db.database);
    for (const p of visible) {
      const key = nodeKey("project", p.id);
      if (!g.hasNode(key)) g.addNode(key, { kind: "project", label: p.name, color: KIND_COLOURS.project, group: "project" });
    }
    addSuggestions(g, suggestions);
  }
  layoutMap(g, { seed: `${runId ?? "none"}:project:${projectId}` });
  const name = g.getNodeAttribute(centre, "label")!;
  return serialise(g, {
    view: "project", subject: projectId, titleNl: name, titleEn: name, runId, legend: kindLegend(g), truncated: view.attributes!.truncated,
  });
}

/** A theme: every network on it, and the collaborations and suggestions between them. */
async function themeMap(db: Db, themeId: string, runId: string | null): Promise<MapData> {
  const view = await themeView(db, themeId, "public", { kinds: ["project"], limit: GRAPH_LIMITS.theme.max });
  const centre = nodeKey("theme", themeId);
  const g: LayoutGraph = new UndirectedGraph();
  addViewNodes(g, view, centre);
  addRelations(g, view, () => true);
  if (runId) addSuggestions(g, await getSuggestions(db, { runId, theme: themeId, limit: THEME_SUGGESTIONS }));
  layoutMap(g, { seed: `${runId ?? "none"}:theme:${themeId}` });
  const a = g.getNodeAttributes(centre);
  return serialise(g, {
    view: "theme", subject: themeId, titleNl: a.labelNl ?? a.label!, titleEn: a.label!, runId, legend: kindLegend(g), truncated: view.attributes!.truncated,
  });
}

/** The themes whose maps an embed most likely shows, most networks first. */
export async function embedThemes(db: Db, limit: number): Promise<string[]> {
  const rows = await readQuery<{ id: string }>(db.driver, "maps/embed-themes", { limit: neo4j.int(limit) }, db.database);
  return rows.map((r) => r.id);
}
