// The temporal split of the backtest: networks that started before the cutoff are the history, the
// others are the future to predict. Without a cutoff, it is the start date below which `historyShare`
// of the dated networks started (80 % by default), so that the split follows the data, never a date
// tuned to it. Networks without a start date belong to neither side.
import type { DiagonalGraph, ProjectNode } from "../analysis/graph.ts";

export const TEMPORAL_SPLIT_DEFAULTS = { historyShare: 0.8 };

export interface TemporalSplit {
  cutoff: string;
  inHistory: (p: Pick<ProjectNode, "start">) => boolean;
  inFuture: (p: Pick<ProjectNode, "start">) => boolean;
}

/** The cutoff date at which `share` of the given start dates fall before it. */
export function cutoffAtShare(starts: readonly string[], share: number): string {
  if (!(share > 0 && share < 1)) throw new Error(`diagonal/temporal-split: historyShare must be between 0 and 1, got ${share}`);
  const sorted = [...starts].sort();
  if (sorted.length < 2) throw new Error(`diagonal/temporal-split: need at least 2 networks with a start date, found ${sorted.length}`);
  return sorted[Math.min(sorted.length - 1, Math.max(1, Math.floor(sorted.length * share)))]!;
}

export function splitByStart(starts: readonly string[], options: { cutoff?: string; historyShare?: number } = {}): TemporalSplit {
  const cutoff = options.cutoff ?? cutoffAtShare(starts, options.historyShare ?? TEMPORAL_SPLIT_DEFAULTS.historyShare);
  return {
    cutoff,
    inHistory: (p) => p.start !== undefined && p.start < cutoff,
    inFuture: (p) => p.start !== undefined && p.start >= cutoff,
  };
}

export function projectStarts(graph: DiagonalGraph, keep: (p: ProjectNode) => boolean = () => true): string[] {
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start && keep(a)) starts.push(a.start);
  });
  return starts;
}
