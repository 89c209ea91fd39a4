// Fingerprints of a pair of projects' data: name, description, themes (with weights), partners and
// outcomes. A rejected pair is suggested again only when its fingerprint changes, i.e. when one of
// the two networks changed materially; a status change or an unrelated edit elsewhere does not count.
// The one definition: the analysis stamps its suggestions with it, the service checks decisions by it.
import { hash } from "node:crypto";
import { idOf, nodeKey, type DiagonalGraph } from "./graph.ts";

// crypto.hash: the same hex digest as createHash().update().digest("hex"), in one call (a third of the CPU).
const sha1 = (s: string) => hash("sha1", s, "hex");

/** Hash of one project's material data in the analysis graph. */
export function projectFingerprint(graph: DiagonalGraph, projectId: string): string {
  const key = nodeKey("project", projectId);
  if (!graph.hasNode(key)) return "missing";
  const node = graph.getNodeAttributes(key) as { name?: string; description?: string };
  const themes: string[] = [];
  const outcomes: string[] = [];
  const partners: string[] = [];
  graph.forEachOutEdge(key, (_e, attrs, _s, target) => {
    if (attrs.type === "ADDRESSES") themes.push(`${idOf(target)}:${attrs.weight}`);
    else if (attrs.type === "PRODUCED") outcomes.push(idOf(target));
  });
  graph.forEachInEdge(key, (_e, attrs, source) => {
    if (attrs.type === "PARTICIPATES_IN") partners.push(idOf(source));
  });
  return sha1(JSON.stringify([node.name ?? "", node.description ?? "", themes.sort(), partners.sort(), outcomes.sort()]));
}

/** Memoised per project, so fingerprinting every suggestion of a large run stays linear. */
export function pairFingerprinter(graph: DiagonalGraph): (a: string, b: string) => string {
  const cache = new Map<string, string>();
  const of = (id: string) => {
    let f = cache.get(id);
    if (f === undefined) cache.set(id, (f = projectFingerprint(graph, id)));
    return f;
  };
  return (a, b) => sha1(a < b ? `${of(a)}|${of(b)}` : `${of(b)}|${of(a)}`).slice(0, 20);
}

/** The key of an unordered pair, as AnalysisOptions.excludedPairs expects it: "a|b" with a < b. */
export const pairKeyOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
