// New links between organisations after a boundary in time, the relevance of introductions: for
// each organisation of an indexed history, the organisations of that history it first shares one of
// the `later` networks with (never a network before). Each pair is counted once per side. Used to
// learn the contacts reranker (on the history's inner split) and to evaluate the contacts model.
import type { DiagonalGraph, ProjectNode } from "../graph.ts";
import { startBoundary, startsBefore } from "../start-boundary.ts";
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

/** The history's own inner split: its older part indexed and the new links of its newer part, or why there is none. */
export type InnerSplitLinks = { index: HistoryIndex; links: Map<number, Set<number>>; innerCutoff: string } | { tooLittle: string };

/**
 * The networks for which `inHistory` holds, split again at `share` of their dated networks on a
 * boundary between distinct dates (start-boundary.ts): the older part is indexed, and the pairs that
 * first meet in the newer part are its links. Fewer than 20 dated networks, or no boundary: none.
 */
export function innerSplitLinks(graph: DiagonalGraph, inHistory: (p: ProjectNode) => boolean, share: number): InnerSplitLinks {
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start && inHistory(a)) starts.push(a.start);
  });
  if (starts.length < 20) return { tooLittle: `${starts.length} dated networks, need 20` };
  let inner: ReturnType<typeof startBoundary>;
  try {
    inner = startBoundary(starts, Math.floor(starts.length * share));
  } catch {
    return { tooLittle: `all ${starts.length} start dates fall in one period` };
  }
  const index = contactIndex(graph, (p) => inHistory(p) && startsBefore(p.start, inner.cutoff));
  const later: number[] = [];
  index.projectIds.forEach((_, p) => {
    const start = index.projectStarts[p];
    if (!index.known[p] && start !== undefined && !startsBefore(start, inner.cutoff) && inHistory({ start } as ProjectNode)) later.push(p);
  });
  return { index, links: newLinks(index, later), innerCutoff: inner.cutoff };
}
