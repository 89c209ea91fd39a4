// Where to split networks in time by their start dates without splitting a tie. Start dates may
// have year, month or day precision ("2010", "2010-03", "2010-03-15"); a date covers the days from
// its first to its last. A boundary may only fall between two consecutive dates (sorted by first
// day) when every date before it ends before the next one begins — so "2010" and "2010-03-15" stay
// on one side. Of the allowed boundaries, the one nearest the wanted position is taken (the earlier
// on a tie), and the split says where it fell: the cutoff day and the share of networks before it.
import { firstDay, lastDay } from "../schemas/partial-date.ts";

export interface StartBoundary {
  /** First day of the later side: a network is before the boundary when its first day is earlier. */
  cutoff: string;
  /** Networks before the boundary, and all dated networks. */
  before: number;
  total: number;
  /** The position that was asked for (networks before it), before moving to an allowed boundary. */
  wanted: number;
}

/** The allowed boundary nearest `wanted` networks before it (1 ≤ before ≤ n − 1). */
export function startBoundary(starts: readonly string[], wanted: number): StartBoundary {
  const days = starts.map((s) => ({ first: firstDay(s), last: lastDay(s) })).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.last < b.last ? -1 : a.last > b.last ? 1 : 0));
  const n = days.length;
  if (n < 2) throw new Error(`diagonal/start-boundary: need at least 2 networks with a start date, found ${n}`);
  let best = -1;
  let lastSoFar = "";
  for (let i = 1; i < n; i++) {
    const prev = days[i - 1]!;
    if (prev.last > lastSoFar) lastSoFar = prev.last;
    // Allowed between i − 1 and i when everything before ends before day i begins.
    if (lastSoFar >= days[i]!.first) continue;
    if (best < 0 || Math.abs(i - wanted) < Math.abs(best - wanted)) best = i;
  }
  if (best < 0) throw new Error(`diagonal/start-boundary: all ${n} start dates overlap (e.g. all in ${starts[0]}); no boundary can separate them`);
  return { cutoff: days[best]!.first, before: best, total: n, wanted };
}

/** Whether a start date falls before a boundary's cutoff day. */
export const startsBefore = (start: string | undefined, cutoff: string): boolean => start !== undefined && firstDay(start) < cutoff;
