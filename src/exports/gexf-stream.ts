// GEXF 1.3 written element by element to a sink, for graphs too large to hold as one graphology
// graph and one string. graphology-gexf's writer needs the whole graph in memory and concatenates
// millions of small strings (xml-writer), which took minutes and 2.7 GB for the CORDIS programme;
// this writer emits the same document, byte for byte (tests/unit/gexf-stream.test.ts compares them),
// from nodes and edges as they arrive, in chunks (chunked-output.ts), waiting for the sink (a
// file, an HTTP response) to take each. The attribute model is declared up front, as GEXF wants it before
// the nodes; graphology-gexf's parser reads the output back.
import { VIZ_ATTRIBUTES, type ExportAttributes } from "./export-graph.ts";
import { ChunkedOutput, type ChunkSink } from "./chunked-output.ts";
import { dropXmlInvalid } from "../reports/escape.ts";

export type GexfType = "string" | "integer" | "double" | "boolean";
/** Attribute names and types, in the order they are declared and written. */
export type GexfModel = { node: [string, GexfType][]; edge: [string, GexfType][] };
export type GexfSink = ChunkSink;
const VIZ = new Set(["x", "y", VIZ_ATTRIBUTES.color, VIZ_ATTRIBUTES.size]);

/** Attribute values as xml-writer escapes them (what graphology-gexf writes). */
const SPECIAL = /[&<"\t\n\r]/;
const attr = (raw: string) => {
  const s = dropXmlInvalid(raw);
  return !SPECIAL.test(s) ? s : s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");
};
const text = (s: string) => dropXmlInvalid(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const isEmpty = (v: unknown) => v === undefined || v === null || v === "" || (typeof v === "number" && Number.isNaN(v));
/** Graph attributes that become <meta> children: tag names as graphology-gexf sanitises them. */
const metaTag = (k: string) => k.replace(/[^\w-]/g, "");

export class GexfStreamWriter {
  private readonly out: ChunkedOutput;
  private readonly nodeModel: [string, GexfType][];
  private readonly edgeModel: [string, GexfType][];
  private edges = false;
  private count = { nodes: 0, edges: 0 };

  constructor(sink: GexfSink, model: GexfModel, private readonly meta: Record<string, string | number | boolean> = {}) {
    this.out = new ChunkedOutput(sink);
    this.nodeModel = model.node;
    this.edgeModel = model.edge;
  }

  private put(s: string): Promise<void> | void {
    return this.out.put(s);
  }

  /** The declaration, <meta>, the attribute model and the opening of <nodes>. */
  async start(): Promise<void> {
    const meta = Object.entries(this.meta).filter(([k]) => metaTag(k));
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
      meta.length ? `  <meta>\n${meta.map(([k, v]) => `    <${metaTag(k)}>${text(String(v))}</${metaTag(k)}>`).join("\n")}\n  </meta>` : "  <meta/>",
      '  <graph defaultedgetype="directed">',
    ];
    for (const [cls, model] of [["node", this.nodeModel], ["edge", this.edgeModel]] as const) {
      if (!model.length) continue;
      lines.push(`    <attributes class="${cls}">`, ...model.map(([k, t]) => `      <attribute id="${attr(k)}" title="${attr(k)}" type="${t}"/>`), "    </attributes>");
    }
    await this.put(lines.join("\n"));
  }

  /** Per model, each attribute's name and the opening of its <attvalue>, built once. */
  private readonly openings = new Map<[string, GexfType][], [string, string][]>();

  private attvalues(model: [string, GexfType][], attrs: ExportAttributes, skip: (k: string) => boolean): string {
    if (!model.length) return "";
    let openings = this.openings.get(model);
    if (!openings) this.openings.set(model, (openings = model.filter(([k]) => !skip(k)).map(([k]) => [k, `\n          <attvalue for="${attr(k)}" value="`])));
    let out = "";
    for (const [k, open] of openings) {
      const v = attrs[k];
      if (v === undefined || isEmpty(v)) continue;
      out += `${open}${attr(String(v))}"/>`;
    }
    return out ? `\n        <attvalues>${out}\n        </attvalues>` : "\n        <attvalues/>";
  }

  /** A node: `label` as its GEXF label, colour, size and x, y as its viz, the rest as attribute values. */
  node(key: string, attrs: ExportAttributes): Promise<void> | void {
    const first = this.count.nodes++ === 0;
    const label = attrs.label ? ` label="${attr(String(attrs.label))}"` : "";
    const color = attrs[VIZ_ATTRIBUTES.color], size = attrs[VIZ_ATTRIBUTES.size];
    const body = this.attvalues(this.nodeModel, attrs, (k) => k === "label" || VIZ.has(k))
      + (typeof color === "string" && color ? `\n        <viz:color hex="${attr(color)}"/>` : "")
      + (typeof size === "number" ? `\n        <viz:size value="${size}"/>` : "")
      + (typeof attrs.x === "number" && typeof attrs.y === "number" ? `\n        <viz:position x="${attrs.x}" y="${attrs.y}"/>` : "");
    return this.put(`${first ? "\n    <nodes>" : ""}\n      <node id="${attr(key)}"${label}${body ? `>${body}\n      </node>` : "/>"}`);
  }

  /** An edge: its `type` as the GEXF kind, its score (suggestions) or weight as the GEXF weight; `undirected` as its GEXF type. */
  edge(key: string, source: string, target: string, attrs: ExportAttributes): Promise<void> | void {
    const opening = this.edges ? "" : this.closeNodes();
    this.edges = true;
    const first = this.count.edges++ === 0;
    const weight = typeof attrs.score === "number" ? attrs.score : typeof attrs.weight === "number" ? attrs.weight : 1;
    const kind = attrs.type ? ` kind="${attr(String(attrs.type))}"` : "";
    const body = this.attvalues(this.edgeModel, attrs, NOT_EDGE_ATTRIBUTE);
    const type = attrs[VIZ_ATTRIBUTES.undirected] === true ? ' type="undirected"' : "";
    return this.put(`${opening}${first ? "\n    <edges>" : ""}\n      <edge id="${attr(key)}"${type} source="${attr(source)}" target="${attr(target)}"${Number.isNaN(weight) ? "" : ` weight="${weight}"`}${kind}${body ? `>${body}\n      </edge>` : "/>"}`);
  }

  private closeNodes(): string {
    return this.count.nodes ? "\n    </nodes>" : "\n    <nodes/>";
  }

  /** Closes the document and hands the last chunk to the sink. */
  async end(): Promise<{ nodes: number; edges: number }> {
    const nodes = this.edges ? "" : this.closeNodes();
    const edges = this.count.edges ? "\n    </edges>" : "\n    <edges/>";
    await this.put(`${nodes}${edges}\n  </graph>\n</gexf>`);
    await this.out.close();
    return { ...this.count };
  }
}

/** The attribute model graphology-gexf would infer for these elements: names in first-seen order, the widest type. */
export function inferGexfModel(elements: Iterable<ExportAttributes>, skip: (k: string) => boolean): [string, GexfType][] {
  const rank: Record<GexfType, number> = { string: 5, double: 6, integer: 8, boolean: 9 };
  const model = new Map<string, GexfType>();
  for (const a of elements) {
    for (const [k, v] of Object.entries(a)) {
      if (skip(k) || isEmpty(v)) continue;
      const t: GexfType = typeof v === "boolean" ? "boolean" : typeof v === "number" ? (v === (v | 0) ? "integer" : "double") : "string";
      const current = model.get(k);
      if (!current || rank[t] < rank[current]) model.set(k, t);
    }
  }
  return [...model];
}

/** Which attributes of a node or an edge are not GEXF attribute values (label, position, weight). */
export const NOT_NODE_ATTRIBUTE = (k: string) => k === "label" || VIZ.has(k);
export const NOT_EDGE_ATTRIBUTE = (k: string) => k === "weight" || k === VIZ_ATTRIBUTES.undirected;
