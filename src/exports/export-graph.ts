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
export type ExportGraph = MultiDirectedGraph<ExportAttributes, ExportAttributes, ExportAttributes>;

export interface ExportSuggestion {
  id: string; a: string; b: string; rank: number; score: number; diagonal: boolean;
  reasonsNl: string[]; reasonsEn: string[]; decision: string | null;
}
