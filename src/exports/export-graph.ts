// What the graph exports (GEXF, GraphML, JSON; services/graph-export.ts streams them) share: the
// attribute values of a node or an edge, the graph as a graphology multigraph of them (tests
// compare the streamed writers with graphology's), the run's suggestions as the CSV and the
// exports see them, and the layout defaults: seeded ForceAtlas2 positions where the graph is small
// enough to lay out here (larger graphs are better laid out in Gephi itself).
import type { MultiDirectedGraph } from "graphology";

export const EXPORT_DEFAULTS = {
  /** Positions are computed up to this many nodes. */
  layoutMaxNodes: 5000,
  layoutIterations: 200,
  seed: 1,
};

export type ExportAttributes = Record<string, string | number | boolean>;

/**
 * What Gephi draws with, beside the attribute values: a node's colour (`color`, "#RRGGBB", the
 * one palette's: a network by its community's stable label, other kinds by kind), its size
 * (`vizSize`; not `size`, which is a partner's company size) and position (x, y); and an edge's
 * `undirected` flag (collaborations and suggestions have no direction).
 */
export const VIZ_ATTRIBUTES = { color: "color", size: "vizSize", undirected: "undirected" } as const;
/** Node sizes in the exports: networks largest, outcomes smallest. */
export const EXPORT_NODE_SIZES = { project: 10, theme: 6, partner: 4, outcome: 3 } as const;
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>;

export interface ExportSuggestion {
  id: string; a: string; b: string; rank: number; score: number; diagonal: boolean;
  reasonsNl: string[]; reasonsEn: string[]; decision: string | null;
}
