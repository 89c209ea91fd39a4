// New links between organisations after a boundary in time, the relevance of introductions: for
// each organisation of an indexed history, the organisations of that history it first shares one of
// the `later` networks with (never a network before). Each pair is counted once per side. Used to
// learn the contacts reranker (on the history's inner split) and to evaluate the contacts model.
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { buildHistoryIndex, type HistoryIndex } from "./history-index.ts";

/** The index a contacts query needs: participations and themes only (no text). */
export const contactIndex = (graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean) => buildHistoryIndex(graph, inHistory, { termsOf: () => [] });

/** Organisations an organisation shared a history network with (cached per index). */
export function historyNeighbours(index: HistoryIndex): (r: number) => Set<number> {
  const met = new Map<number, Set<number>>();
  return (r) => {
    let set = met.get(r);
    if (!set) {
      set = new Set<number>();
      for (const p of index.partnerProjects[r]!) for (const x of index.projectPartners[p]!) if (x !== r) set.add(x);
      met.set(r, set);
    }
    return set;
  };
}

/** Organisation → the organisations it first meets in one of `later` (indexes of networks outside the history). */
export function newLinks(index: HistoryIndex, later: readonly number[], neighbours = historyNeighbours(index)): Map<number, Set<number>> {
  const links = new Map<number, Set<number>>();
  for (const p of later) {
    const ps = Array.from(index.projectPartners[p]!).filter((r) => index.partnerProjects[r]!.length > 0);
    for (const r of ps) {
      const mine = neighbours(r);
      for (const c of ps) {
        if (c === r || mine.has(c)) continue;
        let set = links.get(r);
        if (!set) links.set(r, (set = new Set()));
        set.add(c);
      }
    }
  }
  return links;
}
