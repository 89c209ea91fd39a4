// Where a network stands in time, seen from a given day ("now", injected so a run and a test are
// reproducible): running (active or planned, its end not in the past or open), past (completed,
// stopped, or its end passed), and "stale" — marked active although its end date has passed, which
// the inbox and the health report flag. Two networks can collaborate only when both run now or
// will, and their periods overlap or will overlap; a past network is something to learn from.
import { cutToPrecision, firstDay, lastDay } from "../schemas/partial-date.ts";
import type { ProjectNode } from "./graph.ts";

export type NetworkTiming = "running" | "past";

/** A period as first and last day (YYYY-MM-DD); an open side is undefined. */
export interface Period {
  start?: string;
  end?: string;
}

/** The network's period, its end widened to the last day of its stored precision (2012 → 2012-12-31). */
export function periodOf(p: Pick<ProjectNode, "start" | "end" | "endPrecision">): Period {
  return {
    ...(p.start ? { start: firstDay(p.start.slice(0, 10)) } : {}),
    ...(p.end ? { end: lastDay(cutToPrecision(p.end.slice(0, 10), p.endPrecision)) } : {}),
  };
}

/** True when the network's end date lies before `now` (YYYY-MM-DD). */
export function hasEnded(p: Pick<ProjectNode, "start" | "end" | "endPrecision">, now: string): boolean {
  const end = periodOf(p).end;
  return end !== undefined && end < now;
}

/** Running: active or planned and not ended; every other network is past. */
export function timingOf(p: Pick<ProjectNode, "status" | "start" | "end" | "endPrecision">, now: string): NetworkTiming {
  return (p.status === "active" || p.status === "planned") && !hasEnded(p, now) ? "running" : "past";
}

/** Marked active although its end date has passed. */
export function isStaleActive(p: Pick<ProjectNode, "status" | "start" | "end" | "endPrecision">, now: string): boolean {
  return p.status === "active" && hasEnded(p, now);
}

/** True when the two periods share at least one day (an open side overlaps everything on that side). */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.start === undefined || b.end === undefined || a.start <= b.end) && (b.start === undefined || a.end === undefined || b.start <= a.end);
}

/** Per network (in the given order): running or not, and its period — for pair checks without re-reading nodes. */
export function timeline(projects: readonly ProjectNode[], now: string): { running: Uint8Array; periods: Period[] } {
  return { running: Uint8Array.from(projects, (p) => (timingOf(p, now) === "running" ? 1 : 0)), periods: projects.map(periodOf) };
}

/** Both networks run now or will, and their periods overlap or will overlap. */
export function canCollaborate(a: ProjectNode, b: ProjectNode, now: string): boolean {
  return timingOf(a, now) === "running" && timingOf(b, now) === "running" && periodsOverlap(periodOf(a), periodOf(b));
}

/** Today as YYYY-MM-DD (UTC): the default "now" of a run. */
export const today = (clock: () => Date = () => new Date()) => clock().toISOString().slice(0, 10);
