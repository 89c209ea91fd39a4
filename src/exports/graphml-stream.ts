// GraphML for yEd, Cytoscape, Kumu and Gephi, written element by element to a sink so that a whole
// programme's graph is never held as one graph or one string. The graphology family has a GraphML
// parser but no writer, so this is a small one following the GraphML primer
// (graphml.graphdrawing.org): one <key> per attribute name and domain, declared up front from the
// export's attribute model (GraphML wants the keys before the nodes), labels as the "label" key,
// positions as x and y keys, colours as r, g and b keys (what Gephi's GraphML import reads) and the
// size as vizSize, edges directed unless flagged undirected (collaborations, suggestions), with ids. Text is XML-escaped; the round trip
// through graphology-graphml is tested.
import { VIZ_ATTRIBUTES, type ExportAttributes } from "./export-graph.ts";
import { rgbOf } from "../analysis/palette.ts";
import type { GexfModel, GexfType } from "./gexf-stream.ts";
import { ChunkedOutput, type ChunkSink } from "./chunked-output.ts";
import { escapeXml as x } from "../reports/escape.ts";

const GRAPHML_TYPE: Record<GexfType, string> = { string: "string", integer: "int", double: "double", boolean: "boolean" };
const graphmlType = (v: string | number | boolean) => (typeof v === "boolean" ? "boolean" : typeof v === "number" ? (Number.isInteger(v) ? "int" : "double") : "string");
const keyId = (domain: "graph" | "node" | "edge", name: string) => `${domain.charAt(0)}_${name}`;

/** Writes GraphML: start, then every node, then every edge, then end. */
export class GraphmlStreamWriter {
  private readonly out: ChunkedOutput;
  private readonly nodeKeys: [string, string][];
  private readonly edgeKeys: [string, string][];
  private count = { nodes: 0, edges: 0 };

  /** `model`: every attribute a node or an edge may carry, in the order written (label and x, y included). */
  constructor(sink: ChunkSink, model: GexfModel, private readonly meta: Record<string, string | number | boolean> = {}) {
    this.out = new ChunkedOutput(sink);
    this.nodeKeys = model.node.map(([k]) => [k, `<data key="${x(keyId("node", k))}">`]);
    this.edgeKeys = model.edge.map(([k]) => [k, `<data key="${x(keyId("edge", k))}">`]);
    this.keys = [
      ...Object.entries(meta).map(([k, v]) => `  <key id="${x(keyId("graph", k))}" for="graph" attr.name="${x(k)}" attr.type="${graphmlType(v)}"/>`),
      ...model.node.map(([k, t]) => `  <key id="${x(keyId("node", k))}" for="node" attr.name="${x(k)}" attr.type="${GRAPHML_TYPE[t]}"/>`),
      ...model.edge.map(([k, t]) => `  <key id="${x(keyId("edge", k))}" for="edge" attr.name="${x(k)}" attr.type="${GRAPHML_TYPE[t]}"/>`),
    ];
  }

  private readonly keys: string[];

  async start(): Promise<void> {
    const meta = Object.entries(this.meta);
    await this.out.put([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...this.keys,
      '  <graph edgedefault="directed">',
      ...(meta.length ? [`    ${meta.map(([k, v]) => `<data key="${x(keyId("graph", k))}">${x(String(v))}</data>`).join("")}`] : []),
    ].join("\n"));
  }

  private static data(keys: [string, string][], attrs: ExportAttributes): string {
    let out = "";
    for (const [k, open] of keys) {
      const v = attrs[k];
      if (v !== undefined && v !== null) out += `${open}${x(String(v))}</data>`;
    }
    return out;
  }

  node(key: string, attrs: ExportAttributes): Promise<void> | void {
    this.count.nodes++;
    const color = attrs[VIZ_ATTRIBUTES.color];
    const all = typeof color === "string" && color ? { ...attrs, ...rgbOf(color) } : attrs;
    return this.out.put(`\n    <node id="${x(key)}">${GraphmlStreamWriter.data(this.nodeKeys, all)}</node>`);
  }

  edge(key: string, source: string, target: string, attrs: ExportAttributes): Promise<void> | void {
    this.count.edges++;
    const directed = attrs[VIZ_ATTRIBUTES.undirected] === true ? ' directed="false"' : "";
    return this.out.put(`\n    <edge id="${x(key)}"${directed} source="${x(source)}" target="${x(target)}">${GraphmlStreamWriter.data(this.edgeKeys, attrs)}</edge>`);
  }

  async end(): Promise<{ nodes: number; edges: number }> {
    await this.out.put("\n  </graph>\n</graphml>\n");
    await this.out.close();
    return { ...this.count };
  }
}
