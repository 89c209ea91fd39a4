// A network described rather than stored (themes, description, leads) is ranked exactly as it
// would be once entered as a project: it is added to the graph for the time of one synchronous
// build, indexed with the rest (document frequencies, theme IDF, partner degrees count it as they
// would count a stored project), asked about as a project, and removed again. So the new-network
// route and the project route give the same ranking for the same network (within float noise).
//
// Themes are matched by id or by name (Dutch or English, case and accents ignored); partners by
// id or through an alias (an id merged into another partner, by a coordinator or on import). What matches nothing is ignored and named
// in the warnings, not refused: real descriptions use theme names that do not exist here.
import { nodeKey, type DiagonalGraph, type ProjectNode } from "../graph.ts";

export interface DescribedNetwork {
  name?: string;
  description: string;
  /** Theme ids or names, with their weight. */
  themes: { id: string; weight: number }[];
  /** Partners already in the network; the lead first. */
  leads: string[];
}

export interface ResolvedNetwork {
  name: string;
  description: string;
  themes: { id: string; weight: number }[];
  leads: string[];
  warnings: string[];
}

/** The id a described network has while it is in the graph ("~" sorts after every stored id). */
export const DESCRIBED_NETWORK_ID = "~described-network";

/** Lower case, accents and punctuation runs folded: "Sociaal Overleg", "sociaal-overleg", "Sociaal overlég" match. */
export const nameKey = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Finds a graph's themes by id or name (nl or en). */
export function themeResolver(graph: DiagonalGraph): (ref: string) => string | undefined {
  const byKey = new Map<string, string>();
  graph.forEachNode((_k, a) => {
    if (a.type !== "theme") return;
    for (const name of [a.nameNl, a.nameEn]) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), a.id);
  });
  return (ref) => (graph.hasNode(nodeKey("theme", ref)) ? ref : byKey.get(nameKey(ref)));
}

/** Themes and partners of a description resolved against the graph; what does not resolve becomes a warning. */
export function resolveNetwork(graph: DiagonalGraph, n: DescribedNetwork, aliases: ReadonlyMap<string, string> = new Map()): ResolvedNetwork {
  const warnings: string[] = [];
  const theme = themeResolver(graph);
  const themes = new Map<string, number>();
  for (const t of n.themes) {
    const id = theme(t.id);
    if (id === undefined) warnings.push(`themes: no theme "${t.id}" (by id or name); ignored`);
    else themes.set(id, Math.max(themes.get(id) ?? 0, t.weight));
  }
  const leads: string[] = [];
  for (const given of n.leads) {
    const id = graph.hasNode(nodeKey("partner", given)) ? given : aliases.get(given);
    if (id === undefined || !graph.hasNode(nodeKey("partner", id))) warnings.push(`leads: no partner "${given}"; ignored`);
    else {
      if (id !== given) warnings.push(`leads: "${given}" was merged into "${id}"; read as "${id}"`);
      if (!leads.includes(id)) leads.push(id);
    }
  }
  return { name: n.name ?? "", description: n.description, themes: [...themes].map(([id, weight]) => ({ id, weight })), leads, warnings };
}

/**
 * Runs `use` with the network in the graph as project DESCRIBED_NETWORK_ID (the first lead as its
 * promoter, the others as partners), then takes it out again. `use` must be synchronous: the graph
 * is shared, and nothing else may see the temporary project.
 */
export function withNetworkInGraph<T>(graph: DiagonalGraph, n: ResolvedNetwork, use: (projectId: string) => T): T {
  const key = nodeKey("project", DESCRIBED_NETWORK_ID);
  if (graph.hasNode(key)) throw new Error("diagonal/described-network: the graph already holds a described network");
  const node: ProjectNode = { type: "project", id: DESCRIBED_NETWORK_ID, name: n.name, description: n.description, status: "planned" };
  graph.addNode(key, node);
  try {
    for (const t of n.themes) graph.addEdge(key, nodeKey("theme", t.id), { type: "ADDRESSES", weight: t.weight });
    n.leads.forEach((r, i) => graph.addEdge(nodeKey("partner", r), key, { type: "PARTICIPATES_IN", role: i === 0 ? "promoter" : "partner" }));
    const out = use(DESCRIBED_NETWORK_ID);
    if (out instanceof Promise) throw new Error("diagonal/described-network: use must be synchronous");
    return out;
  } finally {
    graph.dropNode(key);
  }
}
