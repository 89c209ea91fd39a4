// A fingerprint of the whole analysis graph: equal graphs give equal fingerprints whatever order
// their nodes and edges arrived in (each element is hashed on its own — SHA-1 of its key and
// attributes with sorted keys — and the hashes are added modulo 2^64, which commutes), and any
// change to a node, an edge or an attribute changes it. Stored with every run so that a start-up can
// tell whether the data changed since the last analysis without comparing graphs.
// crypto.hash: one call per digest, about a third of createHash().update().digest() per element.
import { hash } from "node:crypto";
import type { DiagonalGraph } from "./graph.ts";

const MASK = (1n << 64n) - 1n;

function canonical(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]));
}

/** The SHA-1 digest of every node and every edge (its key and attributes), one call each. */
export function forEachElementDigest(graph: DiagonalGraph, visit: (digest: Buffer) => void): void {
  graph.forEachNode((key, attrs) => {
    visit(hash("sha1", `n ${key} ${canonical(attrs as unknown as Record<string, unknown>)}`, "buffer"));
  });
  graph.forEachEdge((_edge, attrs, source, target) => {
    visit(hash("sha1", `e ${source} ${target} ${canonical(attrs as unknown as Record<string, unknown>)}`, "buffer"));
  });
}

/** The fingerprint from the digests' first 64 bits, summed modulo 2^64. */
export function fingerprintOf(order: number, size: number, sum: bigint): string {
  return `${order}.${size}.${(sum & MASK).toString(16).padStart(16, "0")}`;
}

export function graphFingerprint(graph: DiagonalGraph): string {
  let sum = 0n;
  forEachElementDigest(graph, (digest) => {
    sum = (sum + digest.readBigUInt64BE(0)) & MASK;
  });
  return fingerprintOf(graph.order, graph.size, sum);
}
