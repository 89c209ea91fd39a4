// GEXF 1.3 for Gephi through graphology-gexf's writer: labels as GEXF labels, positions as viz
// positions, the relationship type as the edge kind (Gephi filters on it), suggestion scores and
// theme weights as edge weights, everything else as typed attributes.
import { write } from "graphology-gexf";
import type { ExportAttributes, ExportGraph } from "./export-graph.ts";

const VIZ = new Set(["x", "y"]);

export function toGexf(graph: ExportGraph): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, attrs: ExportAttributes) => {
      const attributes: ExportAttributes = {};
      for (const [k, v] of Object.entries(attrs)) if (k !== "label" && !VIZ.has(k)) attributes[k] = v;
      return {
        label: String(attrs.label),
        ...(typeof attrs.x === "number" && typeof attrs.y === "number" ? { viz: { x: attrs.x, y: attrs.y } } : {}),
        attributes,
      };
    },
    formatEdge: (_key, attrs: ExportAttributes) => {
      const weight = typeof attrs.score === "number" ? attrs.score : typeof attrs.weight === "number" ? attrs.weight : 1;
      const attributes: ExportAttributes = {};
      for (const [k, v] of Object.entries(attrs)) if (k !== "weight") attributes[k] = v;
      return { kind: String(attrs.type), weight, attributes };
    },
  });
}
