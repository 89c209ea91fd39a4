// GraphML for yEd, Cytoscape, Kumu and Gephi. The graphology family has a GraphML parser but no
// writer, so this is a small one following the GraphML primer (graphml.graphdrawing.org): one
// <key> per attribute name and domain with its type inferred from the values (boolean, int,
// double, else string), labels as the "label" key, positions as x and y keys, edges directed and
// with ids. Text is XML-escaped; the round trip through graphology-graphml is tested.
import type { ExportAttributes, ExportGraph } from "./export-graph.ts";
import { escapeXml as x } from "../reports/escape.ts";

type KeyType = "boolean" | "int" | "double" | "string";

function typeOf(values: Iterable<string | number | boolean>): KeyType {
  let type: KeyType | undefined;
  for (const v of values) {
    const t: KeyType = typeof v === "boolean" ? "boolean" : typeof v === "number" ? (Number.isInteger(v) ? "int" : "double") : "string";
    if (type === undefined) type = t;
    else if (type !== t) {
      if ((type === "int" && t === "double") || (type === "double" && t === "int")) type = "double";
      else return "string";
    }
  }
  return type ?? "string";
}

function keysOf(each: (cb: (attrs: ExportAttributes) => void) => void): Map<string, KeyType> {
  const values = new Map<string, (string | number | boolean)[]>();
  each((attrs) => {
    for (const [k, v] of Object.entries(attrs)) {
      let list = values.get(k);
      if (!list) values.set(k, (list = []));
      list.push(v);
    }
  });
  return new Map([...values].map(([k, vs]) => [k, typeOf(vs)]));
}

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = keysOf((cb) => graph.forEachNode((_k, a) => cb(a)));
  const edgeKeys = keysOf((cb) => graph.forEachEdge((_k, a) => cb(a)));
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  const graphAttrs = graph.getAttributes();
  const keyId = (domain: "graph" | "node" | "edge", name: string) => `${domain.charAt(0)}_${name}`;
  for (const [name, v] of Object.entries(graphAttrs)) lines.push(`  <key id="${x(keyId("graph", name))}" for="graph" attr.name="${x(name)}" attr.type="${typeOf([v])}"/>`);
  for (const [name, type] of nodeKeys) lines.push(`  <key id="${x(keyId("node", name))}" for="node" attr.name="${x(name)}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) lines.push(`  <key id="${x(keyId("edge", name))}" for="edge" attr.name="${x(name)}" attr.type="${type}"/>`);
  lines.push('  <graph edgedefault="directed">');
  const data = (domain: "graph" | "node" | "edge", attrs: ExportAttributes) =>
    Object.entries(attrs).map(([k, v]) => `<data key="${x(keyId(domain, k))}">${x(String(v))}</data>`).join("");
  if (Object.keys(graphAttrs).length) lines.push(`    ${data("graph", graphAttrs)}`);
  graph.forEachNode((k, a) => lines.push(`    <node id="${x(k)}">${data("node", a)}</node>`));
  graph.forEachEdge((k, a, s, t) => lines.push(`    <edge id="${x(k)}" source="${x(s)}" target="${x(t)}">${data("edge", a)}</edge>`));
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
