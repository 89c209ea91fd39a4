// The three public relationship maps — the whole diagonal network, a network's neighbourhood, a
// theme — built from the bounded graph views, the latest complete analysis run (communities and
// current suggestions) and a seeded ForceAtlas2 layout. A map is built once per version (latest
// complete run + decisions taken) and cached, so every visitor sees the same picture and a half-
// written run never shows. Everything here is read with the public role's visibility: no planned
// network, no decided suggestion, no note, no enterprise number, whoever asks. Open suggestions are
// drawn only when the operator publishes them (PUBLIC_SUGGESTIONS=on, `options.suggestions`):
// without it no suggestion, score or reason is in any map. Networks take their community's colour
// from the one palette (analysis/palette.ts, by stable label) on every map, and are sized by their
// number of partners (MAP_SIZE_MEASURE), which the legend names.
import { UndirectedGraph } from "graphology";
import neo4j from "neo4j-driver";
import { readQuery } from "../db/index.ts";
import { nameCommunities } from "../analysis/community-names.ts";
import { emptyGraph, idOf, nodeKey, type NodeAttributes } from "../analysis/graph.ts";
import { MAP_LAYOUT_DEFAULTS } from "../analysis/map-layout.ts";
import { communityColour, KIND_COLOURS, NO_COMMUNITY_COLOUR } from "../analysis/palette.ts";
import type { MapData, MapEdgeAttributes, MapLegendEntry, MapNodeAttributes, MapView } from "../schemas/maps.ts";
import { getSuggestions, type StoredSuggestion } from "./analysis/index.ts";
import { communityMap, storedCommunityNames } from "./analysis/queries.ts";
import { currentDataVersion } from "./data-version.ts";
import { layoutMapOffLoop } from "./off-loop/map-layout-off-loop.ts";
import type { Db } from "./entities/store.ts";
import { networkView, projectNeighbourhoodView, themeView, type GraphView } from "./graph-views.ts";
import { GRAPH_LIMITS } from "../schemas/index.ts";

/** Bumped when the map's shape or layout changes, so cached copies and ETags follow. */
const MAP_FORMAT = "map-3";
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

/** The latest run's community labels, read once per run (a complete run's results never change) and shared by every map built from it. */
const runCommunities = new WeakMap<object, { runId: string; labels: Promise<Map<string, number>> }>();
function communitiesOf(db: Db, runId: string | null): Promise<Map<string, number>> {
  if (!runId) return Promise.resolve(new Map());
  const held = runCommunities.get(db.driver);
  if (held?.runId === runId) return held.labels;
  const labels = communityMap(db, runId);
  runCommunities.set(db.driver, { runId, labels });
  labels.catch(() => { if (runCommunities.get(db.driver)?.labels === labels) runCommunities.delete(db.driver); });
  return labels;
}

interface CacheEntry { token: string; data: Promise<MapData> }
const caches = new WeakMap<object, Map<string, CacheEntry>>();

export interface MapOptions {
  /** Open suggestions drawn (the operator's PUBLIC_SUGGESTIONS=on); default: confirmed collaborations only. */
  suggestions?: boolean;
}

/** The map at the given version, built once (concurrent requests share the build). */
export function relationshipMap(db: Db, view: MapView, subject: string | undefined, version: MapVersion, options: MapOptions = {}): Promise<MapData> {
  let cache = caches.get(db.driver);
  if (!cache) caches.set(db.driver, (cache = new Map()));
  const suggestions = options.suggestions === true;
  const key = `${view}:${subject ?? ""}:${suggestions ? "with" : "without"}-suggestions`;
  const hit = cache.get(key);
  if (hit && hit.token === version.token) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.data;
  }
  const data = buildMap(db, view, subject, version.runId, suggestions);
  const entry = { token: version.token, data };
  cache.set(key, entry);
  data.catch(() => { if (cache.get(key) === entry) cache.delete(key); });
  while (cache.size > CACHED_MAPS) cache.delete(cache.keys().next().value!);
  return data;
}

async function buildMap(db: Db, view: MapView, subject: string | undefined, runId: string | null, suggestions: boolean): Promise<MapData> {
  // Suggestions are read only when they are published: otherwise the map never holds one.
  const run = { runId, suggestions: suggestions ? runId : null };
  const map = view === "network" ? await networkMap(db, run) : view === "project" ? await projectMap(db, subject!, run) : await themeMap(db, subject!, run);
  return { ...map, attributes: { ...map.attributes, suggestions } };
}

/** The latest complete run, and the run whose suggestions are drawn (null: none drawn). */
interface MapRun { runId: string | null; suggestions: string | null }

type LayoutGraph = UndirectedGraph<Partial<MapNodeAttributes> & { hidden?: boolean }, Partial<MapEdgeAttributes> & { weight?: number }>;
type MapThemes = MapData["attributes"]["themes"];
type SerialisedAttributes = Omit<MapData["attributes"], "nodeCount" | "edgeCount" | "themes" | "sizeBy" | "suggestions">;

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
/** What a node's size shows: a network's number of partners (other kinds: a fixed size by kind). */
export const MAP_SIZE_MEASURE = "partners" as const;

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
    const since = kind === "collaboration" ? (e.attributes as { since?: unknown } | undefined)?.since : undefined;
    g.addEdgeWithKey(key, e.source, e.target, { kind, color, size, weight, ...(typeof since === "string" ? { since } : {}) });
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
function serialise(g: LayoutGraph, attributes: SerialisedAttributes, themes: MapThemes): MapData {
  const nodes: MapData["nodes"] = [];
  g.forEachNode((key, a) => {
    if (a.hidden) return;
    const n: MapNodeAttributes = { kind: a.kind!, label: a.label!, x: a.x!, y: a.y!, size: a.size!, color: a.color!, group: a.group! };
    if (a.labelNl) n.labelNl = a.labelNl;
    if (a.centre) n.centre = true;
    for (const f of DETAIL_FIELDS) if (a[f] !== undefined) (n as Record<string, unknown>)[f] = a[f];
    nodes.push({ key, attributes: n });
  });
  const edges: MapData["edges"] = [];
  g.forEachEdge((key, a, source, target) => {
    if (g.getNodeAttribute(source, "hidden") || g.getNodeAttribute(target, "hidden")) return;
    const e: MapEdgeAttributes = { kind: a.kind!, size: a.size!, color: a.color! };
    for (const f of ["dashed", "across", "score", "reasonsNl", "reasonsEn", "since"] as const) if (a[f] !== undefined) (e as Record<string, unknown>)[f] = a[f];
    edges.push({ key, source, target, attributes: e });
  });
  nodes.sort((x, y) => (x.key < y.key ? -1 : 1));
  edges.sort((x, y) => (x.key < y.key ? -1 : 1));
  const used = new Set(nodes.flatMap((n) => n.attributes.themes ?? []));
  return {
    attributes: { ...attributes, nodeCount: nodes.length, edgeCount: edges.length, themes: themes.filter((t) => used.has(t.id)), sizeBy: MAP_SIZE_MEASURE, suggestions: false },
    options: { type: "undirected", multi: false, allowSelfLoops: false }, nodes, edges,
  };
}

/** Sizes of themes, partners and outcomes on the maps that mix kinds (networks: by partners). */
const OTHER_KIND_SIZES = { theme: 7, partner: 5.5, outcome: 5 } as const;

const DETAIL_FIELDS = ["community", "status", "start", "end", "themes", "partners", "outcomes", "networks"] as const;

/**
 * The public details of the map's networks and partners (what the click panel and the filters
 * read), and each network's size by its partners. Returns the themes the networks address.
 */
async function addDetails(db: Db, g: LayoutGraph, communities: Map<string, number>): Promise<MapThemes> {
  const projects: string[] = [], partners: string[] = [];
  g.forEachNode((key, a) => {
    if (a.hidden) return;
    if (a.kind === "project") projects.push(idOf(key));
    else if (a.kind === "partner") partners.push(idOf(key));
  });
  const [details, networks] = await Promise.all([
    projects.length ? readQuery<{ id: string; partners: number; themes: MapThemes; outcomes: { title: string; url: string | null }[] }>(db.driver, "maps/network-details", { ids: projects }, db.database) : [],
    partners.length ? readQuery<{ id: string; networks: { id: string; name: string }[] }>(db.driver, "maps/partner-networks", { ids: partners, hiddenStatuses: ["planned"] }, db.database) : [],
  ]);
  const themes = new Map<string, MapThemes[number]>();
  let most = 1;
  for (const d of details) most = Math.max(most, Number(d.partners));
  const { minSize, maxSize } = MAP_LAYOUT_DEFAULTS;
  for (const d of details) {
    const key = nodeKey("project", d.id);
    for (const t of d.themes) themes.set(t.id, { id: t.id, nameNl: t.nameNl ?? t.nameEn, nameEn: t.nameEn ?? t.nameNl });
    const c = communities.get(d.id);
    g.mergeNodeAttributes(key, {
      partners: Number(d.partners),
      themes: d.themes.map((t) => t.id).sort(),
      outcomes: d.outcomes.map((o) => (o.url ? { title: o.title, url: o.url } : { title: o.title })).sort((x, y) => x.title.localeCompare(y.title)),
      size: Math.round((minSize + (maxSize - minSize) * Math.sqrt(Number(d.partners) / most)) * 100) / 100,
      ...(c === undefined ? {} : { community: c }),
    });
  }
  for (const p of networks) g.mergeNodeAttributes(nodeKey("partner", p.id), { networks: p.networks.map((n) => ({ key: nodeKey("project", n.id), label: n.name })) });
  // Other kinds have a fixed size by kind (themes a little larger), the map's subject larger still.
  g.forEachNode((key, a) => { if (a.kind !== "project") g.setNodeAttribute(key, "size", a.centre ? (minSize + maxSize) / 2 : OTHER_KIND_SIZES[a.kind as keyof typeof OTHER_KIND_SIZES]); });
  return [...themes.values()].sort((x, y) => x.id.localeCompare(y.id));
}

/** A network's public status and period, as the graph view has them. */
function periodOf(a: NodeAttributes): Partial<MapNodeAttributes> {
  if (a.type !== "project") return {};
  return { status: a.status, ...(a.start ? { start: a.start } : {}), ...(a.end ? { end: a.end } : {}) };
}

/** A network's colour and legend group: its community's (by stable label), or "not analysed". */
function communityStyle(c: number | undefined): Pick<MapNodeAttributes, "color" | "group"> {
  return c === undefined ? { group: "none", color: NO_COMMUNITY_COLOUR } : { group: `c${c}`, color: communityColour(c) };
}

function kindLegend(g: LayoutGraph): MapLegendEntry[] {
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => { if (!a.hidden) counts.set(a.group!, (counts.get(a.group!) ?? 0) + 1); });
  return (["project", "theme", "partner", "outcome"] as const)
    .filter((k) => counts.has(k))
    .map((k) => ({ group: k, nameNl: KIND_NAMES[k].nl, nameEn: KIND_NAMES[k].en, color: KIND_COLOURS[k], count: counts.get(k)! }));
}

function addViewNodes(g: LayoutGraph, view: GraphView, communities: Map<string, number>, centre?: string): void {
  for (const n of view.nodes) {
    const a = n.attributes as NodeAttributes;
    const style = a.type === "project" ? communityStyle(communities.get(a.id)) : { color: KIND_COLOURS[a.type], group: a.type };
    g.addNode(n.key, { kind: a.type, ...labelOf(a), ...style, ...periodOf(a), ...(n.key === centre ? { centre: true } : {}) });
  }
}

/** The legend of a map that mixes kinds: the networks' communities, then the other kinds. */
async function mixedLegend(db: Db, g: LayoutGraph, runId: string | null): Promise<MapLegendEntry[]> {
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => { if (!a.hidden) counts.set(a.group!, (counts.get(a.group!) ?? 0) + 1); });
  const labels = [...counts.keys()].filter((k) => /^c\d+$/.test(k)).map((k) => Number(k.slice(1))).sort((x, y) => x - y);
  const names = labels.length && runId ? await storedCommunityNames(db, runId) : undefined;
  const nameOf = new Map((names ?? []).map((c) => [c.community, c]));
  const communities = labels.map((c) => ({
    group: `c${c}`, nameNl: nameOf.get(c)?.nameNl ?? `${KIND_NAMES.project.nl} (${c})`, nameEn: nameOf.get(c)?.nameEn ?? `${KIND_NAMES.project.en} (${c})`,
    color: communityColour(c), count: counts.get(`c${c}`)!,
  }));
  const none = counts.has("none") ? [{ group: "none", nameNl: NOT_ANALYSED.nl, nameEn: NOT_ANALYSED.en, color: NO_COMMUNITY_COLOUR, count: counts.get("none")! }] : [];
  return [...communities, ...none, ...kindLegend(g)];
}

/** The whole diagonal network: its networks coloured by community, links across communities highlighted. */
async function networkMap(db: Db, { runId, suggestions: suggestionRun }: MapRun): Promise<MapData> {
  const view = await networkView(db, "public", { kinds: ["project", "theme"], limit: GRAPH_LIMITS.network.max });
  const analysis = emptyGraph().import(view as never);
  const communities = await communitiesOf(db, runId);
  // The best suggestions are what the map is for: their networks join the best connected ones
  // (public ones only), so a large programme's map still shows its suggested links.
  const suggestions = suggestionRun ? await getSuggestions(db, { runId: suggestionRun, limit: NETWORK_SUGGESTIONS }) : [];
  const missing = [...new Set(suggestions.flatMap((x) => [x.a, x.b]))].filter((id) => !analysis.hasNode(nodeKey("project", id)));
  const extra = missing.length ? await readQuery<{ id: string; name: string }>(db.driver, "maps/visible-projects", { ids: missing, hiddenStatuses: ["planned"] }, db.database) : [];
  for (const p of extra) analysis.addNode(nodeKey("project", p.id), { type: "project", id: p.id, name: p.name, status: "active" });
  const membership: { projectId: string; community: number }[] = [];
  analysis.forEachNode((_k, a) => {
    if (a.type === "project" && communities.has(a.id)) membership.push({ projectId: a.id, community: communities.get(a.id)! });
  });
  const names = nameCommunities(analysis, membership);
  // Largest communities first in the legend; each keeps its colour by its stable label.
  const ranked = [...names].sort((x, y) => y.size - x.size || x.community - y.community);

  const g: LayoutGraph = new UndirectedGraph();
  for (const key of analysis.nodes()) {
    const a = analysis.getNodeAttributes(key);
    if (a.type === "theme") {
      // Themes pull their networks together in the layout but are not drawn on this map.
      g.addNode(key, { kind: "theme", hidden: true, ...labelOf(a), group: "theme", color: KIND_COLOURS.theme });
      continue;
    }
    g.addNode(key, { kind: "project", ...labelOf(a), ...communityStyle(communities.get(a.id)), ...periodOf(a) });
  }
  addRelations(g, view, (_s, _t, kind) => kind === "collaboration" || kind === "theme");
  g.forEachEdge((key, a) => { if (a.kind === "theme") g.setEdgeAttribute(key, "weight", 0.5); });
  addSuggestions(g, suggestions);
  // Links inside a community pull harder than links across, so communities show as regions.
  g.forEachEdge((key, a, s, t) => {
    if (a.kind !== "theme") g.setEdgeAttribute(key, "weight", g.getNodeAttribute(s, "group") === g.getNodeAttribute(t, "group") ? 3 : 0.3);
  });
  await layoutMapOffLoop(g, { seed: `${runId ?? "none"}:network` });
  // Links across communities stand out: they are what a diagonal network is for.
  g.forEachEdge((key, a, s, t) => {
    if (a.kind === "theme") return;
    const gs = g.getNodeAttribute(s, "group"), gt = g.getNodeAttribute(t, "group");
    if (gs !== gt && gs !== "none" && gt !== "none") g.mergeEdgeAttributes(key, { across: true, ...(a.kind === "collaboration" ? { color: ACROSS_COLOUR } : {}) });
  });
  const themes = await addDetails(db, g, communities);
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => { if (!a.hidden) counts.set(a.group!, (counts.get(a.group!) ?? 0) + 1); });
  const legend: MapLegendEntry[] = ranked
    .filter((c) => counts.has(`c${c.community}`))
    .map((c) => ({ group: `c${c.community}`, nameNl: c.nameNl, nameEn: c.nameEn, color: communityColour(c.community), count: counts.get(`c${c.community}`)! }));
  if (counts.has("none")) legend.push({ group: "none", nameNl: NOT_ANALYSED.nl, nameEn: NOT_ANALYSED.en, color: NO_COMMUNITY_COLOUR, count: counts.get("none")! });
  return serialise(g, {
    view: "network", titleNl: "Het diagonale netwerk", titleEn: "The diagonal network", runId, legend,
    truncated: view.attributes!.truncated,
  }, themes);
}

/** A network's neighbourhood: its themes, partners, outcomes, confirmed collaborations and current suggestions. */
async function projectMap(db: Db, projectId: string, { runId, suggestions: suggestionRun }: MapRun): Promise<MapData> {
  const view = await projectNeighbourhoodView(db, projectId, "public", { depth: 1, limit: GRAPH_LIMITS.project.default });
  const centre = nodeKey("project", projectId);
  const communities = await communitiesOf(db, runId);
  const g: LayoutGraph = new UndirectedGraph();
  addViewNodes(g, view, communities, centre);
  // Only the network's own links: its neighbours' links among themselves would hide the picture.
  addRelations(g, view, (s, t) => s === centre || t === centre);
  if (suggestionRun) {
    const suggestions = await getSuggestions(db, { runId: suggestionRun, project: projectId, limit: PROJECT_SUGGESTIONS });
    const others = suggestions.map((s) => (s.a === projectId ? s.b : s.a));
    const visible = await readQuery<{ id: string; name: string }>(db.driver, "maps/visible-projects", { ids: others, hiddenStatuses: ["planned"] }, db.database);
    for (const p of visible) {
      const key = nodeKey("project", p.id);
      if (!g.hasNode(key)) g.addNode(key, { kind: "project", label: p.name, ...communityStyle(communities.get(p.id)) });
    }
    addSuggestions(g, suggestions);
  }
  await layoutMapOffLoop(g, { seed: `${runId ?? "none"}:project:${projectId}` });
  const themes = await addDetails(db, g, communities);
  const name = g.getNodeAttribute(centre, "label")!;
  return serialise(g, {
    view: "project", subject: projectId, titleNl: name, titleEn: name, runId, legend: await mixedLegend(db, g, runId), truncated: view.attributes!.truncated,
  }, themes);
}

/** A theme: every network on it, and the collaborations and suggestions between them. */
async function themeMap(db: Db, themeId: string, { runId, suggestions: suggestionRun }: MapRun): Promise<MapData> {
  const view = await themeView(db, themeId, "public", { kinds: ["project"], limit: GRAPH_LIMITS.theme.max });
  const centre = nodeKey("theme", themeId);
  const communities = await communitiesOf(db, runId);
  const g: LayoutGraph = new UndirectedGraph();
  addViewNodes(g, view, communities, centre);
  addRelations(g, view, () => true);
  if (suggestionRun) addSuggestions(g, await getSuggestions(db, { runId: suggestionRun, theme: themeId, limit: THEME_SUGGESTIONS }));
  await layoutMapOffLoop(g, { seed: `${runId ?? "none"}:theme:${themeId}` });
  const themes = await addDetails(db, g, communities);
  const a = g.getNodeAttributes(centre);
  return serialise(g, {
    view: "theme", subject: themeId, titleNl: a.labelNl ?? a.label!, titleEn: a.label!, runId, legend: await mixedLegend(db, g, runId), truncated: view.attributes!.truncated,
  }, themes);
}

/** The themes whose maps an embed most likely shows, most networks first. */
export async function embedThemes(db: Db, limit: number): Promise<string[]> {
  const rows = await readQuery<{ id: string }>(db.driver, "maps/embed-themes", { limit: neo4j.int(limit) }, db.database);
  return rows.map((r) => r.id);
}
