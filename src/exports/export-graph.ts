// The graph as exported to Gephi, Kumu and the like: every node with a label, its type and, for
// projects, its themes, community and community name, its best suggestion score; partners with
// their broker score; suggestions of the run as SUGGESTED edges with score, rank and reasons; and
// seeded ForceAtlas2 positions where the graph is small enough to lay out here (larger graphs are
// better laid out in Gephi itself). The public view keeps only public fields and no analysis
// results. Pure: the service passes the stored graph and the run's results in.
import { MultiDirectedGraph, UndirectedGraph } from "graphology";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { nodeKey } from "../analysis/graph.ts";
import { seededLayout } from "../analysis/network-layout.ts";

export const EXPORT_DEFAULTS = {
  /** Positions are computed up to this many nodes. */
  layoutMaxNodes: 5000,
  layoutIterations: 200,
  seed: 1,
};

export type ExportAttributes = Record<string, string | number | boolean>;
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>;

export interface ExportSuggestion {
  id: string; a: string; b: string; rank: number; score: number; diagonal: boolean;
  reasonsNl: string[]; reasonsEn: string[]; decision: string | null;
}

export interface RunResults {
  runId: string;
  community: ReadonlyMap<string, number>;
  communityNames: ReadonlyMap<number, { nl: string; en: string }>;
  suggestions: readonly ExportSuggestion[];
  /** partnerId → participation coefficient of brokers. */
  brokerScores: ReadonlyMap<string, number>;
}

/** Node fields that leave Diagonal, per type: never enterprise numbers, name keys or notes. */
const FIELDS = {
  project: ["name", "description", "status", "region", "start", "end"],
  partner: ["name", "kind", "sector", "region", "size", "activeIn"],
  theme: ["nameNl", "nameEn", "description"],
  outcome: ["title", "kind", "date", "url", "summary"],
} as const;

const labelOf = (a: Record<string, unknown>) => String(a.name ?? a.title ?? a.nameNl ?? a.id);

export function exportGraph(
  graph: DiagonalGraph,
  run: RunResults | undefined,
  options: Partial<typeof EXPORT_DEFAULTS> & { hiddenProjects?: ReadonlySet<string> } = {},
): ExportGraph {
  const { layoutMaxNodes, layoutIterations, seed } = { ...EXPORT_DEFAULTS, ...options };
  const hidden = options.hiddenProjects ?? new Set<string>();
  const out: ExportGraph = new MultiDirectedGraph();
  // A node is left out when it is a hidden project, or reachable only through hidden projects.
  const visible = (key: string): boolean => {
    const a = graph.getNodeAttributes(key);
    if (a.type === "project") return !hidden.has(a.id);
    if (a.type === "theme" || hidden.size === 0) return true;
    if (a.type === "outcome") return graph.inNeighbors(key).some((p) => { const pa = graph.getNodeAttributes(p); return pa.type === "project" && !hidden.has(pa.id); });
    return graph.outNeighbors(key).some((p) => { const pa = graph.getNodeAttributes(p); return pa.type === "project" && !hidden.has(pa.id); });
  };
  const best = new Map<string, { score: number; count: number }>();
  for (const s of run?.suggestions ?? []) {
    for (const p of [s.a, s.b]) {
      const b = best.get(p) ?? { score: 0, count: 0 };
      best.set(p, { score: Math.max(b.score, s.score), count: b.count + 1 });
    }
  }
  graph.forEachNode((key, a) => {
    if (!visible(key)) return;
    const attrs: ExportAttributes = { label: labelOf(a as unknown as Record<string, unknown>), nodeType: a.type, id: a.id };
    for (const f of FIELDS[a.type]) {
      const v = (a as unknown as Record<string, unknown>)[f];
      if (v !== undefined && v !== null) attrs[f] = typeof v === "number" || typeof v === "boolean" ? v : String(v);
    }
    if (a.type === "project") {
      attrs.themes = graph.outNeighbors(key).filter((t) => graph.getNodeAttribute(t, "type") === "theme").map((t) => graph.getNodeAttribute(t, "id")).sort().join(";");
      if (run) {
        const c = run.community.get(a.id);
        if (c !== undefined) {
          attrs.community = c;
          const name = run.communityNames.get(c);
          if (name) { attrs.communityNameNl = name.nl; attrs.communityNameEn = name.en; }
        }
        const b = best.get(a.id);
        attrs.bestSuggestionScore = b?.score ?? 0;
        attrs.suggestions = b?.count ?? 0;
      }
    }
    if (a.type === "partner" && run) attrs.brokerScore = run.brokerScores.get(a.id) ?? 0;
    out.addNode(key, attrs);
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    const e: ExportAttributes = { type: attrs.type };
    for (const [k, v] of Object.entries(attrs)) if (k !== "type" && v !== undefined && v !== null) e[k] = typeof v === "number" ? v : String(v);
    out.addEdge(source, target, e);
  });
  for (const s of run?.suggestions ?? []) {
    const [a, b] = [nodeKey("project", s.a), nodeKey("project", s.b)];
    if (!out.hasNode(a) || !out.hasNode(b)) continue;
    out.addEdge(a, b, {
      type: "SUGGESTED", suggestionId: s.id, rank: s.rank, score: s.score, diagonal: s.diagonal,
      reasonsNl: s.reasonsNl.join("; "), reasonsEn: s.reasonsEn.join("; "), decision: s.decision ?? "open",
    });
  }
  out.setAttribute("creator", "Diagonal");
  if (run) out.setAttribute("runId", run.runId);
  if (out.order > 0 && out.order <= layoutMaxNodes) {
    const shape = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
    out.forEachNode((k) => shape.addNode(k, { x: 0, y: 0 }));
    out.forEachEdge((_e, _a, s, t) => { if (!shape.hasEdge(s, t)) shape.addEdge(s, t, { weight: 1 }); });
    const positions = seededLayout(shape, seed, layoutIterations);
    // Gephi's canvas is in pixels: spread the 0..1 positions over 1000 units.
    out.forEachNode((k) => { const p = positions.get(k)!; out.mergeNodeAttributes(k, { x: Math.round(p.x * 10000) / 10, y: Math.round(p.y * 10000) / 10 }); });
    out.setAttribute("layout", `ForceAtlas2 (LinLog), seed ${seed}`);
  } else out.setAttribute("layout", `none: more than ${layoutMaxNodes} nodes, lay it out in Gephi`);
  return out;
}
