// A fingerprint of the whole analysis graph: equal graphs give equal fingerprints whatever order
// their nodes and edges arrived in (each element is hashed on its own — SHA-1 of its key and
// attributes with sorted keys — and the hashes are added modulo 2^64, which commutes), and any
// change to a node, an edge or an attribute changes it. Stored with every run so that a start-up can
// tell whether the data changed since the last analysis without comparing graphs.
import { createHash } from "node:crypto";
import type { DiagonalGraph } from "./graph.ts";

const MASK = (1n << 64n) - 1n;

function canonical(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]));
}

function hash64(text: string): bigint {
  return createHash("sha1").update(text).digest().readBigUInt64BE(0);
}

export function graphFingerprint(graph: DiagonalGraph): string {
  let sum = 0n;
  graph.forEachNode((key, attrs) => {
    sum = (sum + hash64(`n ${key} ${canonical(attrs as unknown as Record<string, unknown>)}`)) & MASK;
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    sum = (sum + hash64(`e ${source} ${target} ${canonical(attrs as unknown as Record<string, unknown>)}`)) & MASK;
  });
  return `${graph.order}.${graph.size}.${sum.toString(16).padStart(16, "0")}`;
}
