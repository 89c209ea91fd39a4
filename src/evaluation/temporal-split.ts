// The temporal split of the backtest: networks that started before the cutoff are the history, the
// others are the future to predict. Without a cutoff, the split falls where `historyShare` of the
// dated networks started (80 % by default), so that it follows the data, never a date tuned to it.
// Either way it never splits a tie: with year- or month-precision dates, the split moves to the
// nearest boundary between distinct dates (analysis/start-boundary.ts), and says where it fell.
// Networks without a start date belong to neither side.
import type { DiagonalGraph, ProjectNode } from "../analysis/graph.ts";
import { startBoundary, startsBefore } from "../analysis/start-boundary.ts";
import { firstDay } from "../schemas/partial-date.ts";

export const TEMPORAL_SPLIT_DEFAULTS = { historyShare: 0.8 };

export interface TemporalSplit {
  /** First day of the future: networks whose start begins earlier are the history. */
  cutoff: string;
  /** The cutoff asked for (a date, or the date at historyShare), when the split had to move from it. */
  requested?: string;
  /** Share of the dated networks in the history, as it fell. */
  historyShare: number;
  /** Where the split fell, in words (printed by evaluate). */
  note: string;
  inHistory: (p: Pick<ProjectNode, "start">) => boolean;
  inFuture: (p: Pick<ProjectNode, "start">) => boolean;
}

/** The cutoff date at which `share` of the given start dates fall before it (never splitting a tie). */
export function cutoffAtShare(starts: readonly string[], share: number): string {
  return splitByStart(starts, { historyShare: share }).cutoff;
}

export function splitByStart(starts: readonly string[], options: { cutoff?: string; historyShare?: number } = {}): TemporalSplit {
  const share = options.historyShare ?? TEMPORAL_SPLIT_DEFAULTS.historyShare;
  if (options.cutoff === undefined && !(share > 0 && share < 1)) throw new Error(`diagonal/temporal-split: historyShare must be between 0 and 1, got ${share}`);
  if (starts.length < 2) throw new Error(`diagonal/temporal-split: need at least 2 networks with a start date, found ${starts.length}`);
  const asked = options.cutoff !== undefined ? firstDay(options.cutoff) : undefined;
  const wanted = asked !== undefined ? starts.filter((s) => firstDay(s) < asked).length : Math.floor(starts.length * share);
  const b = startBoundary(starts, wanted);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const fell = `${b.before} of ${b.total} dated networks (${pct(b.before / b.total)}) start before ${b.cutoff}`;
  const moved = b.before !== wanted;
  const requested = asked ?? starts.map(firstDay).sort()[Math.min(wanted, starts.length - 1)]!;
  const note = moved
    ? `split moved to the nearest boundary between distinct start dates, so that no date is split: ${fell} (asked: ${asked !== undefined ? `before ${asked}` : `${pct(share)}`}, ${wanted} networks)`
    : `split: ${fell}`;
  const cutoff = b.cutoff;
  return {
    cutoff,
    ...(moved ? { requested } : {}),
    historyShare: b.before / b.total,
    note,
    inHistory: (p) => startsBefore(p.start, cutoff),
    inFuture: (p) => p.start !== undefined && !startsBefore(p.start, cutoff),
  };
}

export function projectStarts(graph: DiagonalGraph, keep: (p: ProjectNode) => boolean = () => true): string[] {
  const starts: string[] = [];
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start && keep(a)) starts.push(a.start);
  });
  return starts;
}
