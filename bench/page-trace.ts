// CPU time a page load costs, read from a Chromium trace (the DevTools protocol's Tracing domain,
// "toplevel" tasks with their thread time). Wall-clock figures on a shared two-core machine swing
// with everyone else's load; the thread time of the page's main thread and of the GPU process
// (where SwiftShader draws) says what the page itself costs, whatever the load.
import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

interface TraceEvent { ph: string; name: string; cat?: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } }

export interface PageCost {
  /** Thread time (ms) of the page's renderer main thread, from the trace's start to the mark. */
  mainThreadMs: number;
  /** Thread time (ms) of the GPU process's main thread in the same window. */
  gpuThreadMs: number;
}

/** Runs `load` (which must end after `mark` was set in the page) under a trace and sums the thread time up to the mark. */
export async function traceUntilMark(browser: Browser, page: Page, mark: string, load: () => Promise<void>): Promise<PageCost> {
  await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
  await load();
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const marked = events.find((e) => e.name === mark && e.cat?.includes("user_timing"));
  if (!marked) throw new Error(`bench/page-trace: the trace holds no mark "${mark}".`);
  // Top-level slices only: a slice inside one already counted (a mojo message in its task) is not counted again.
  const busy = (pid: number | undefined, name: string) => {
    const slices = events.filter((e) => e.ph === "X" && e.cat === "toplevel" && e.ts <= marked.ts && (pid === undefined || e.pid === pid) && threads.get(`${e.pid}:${e.tid}`) === name);
    slices.sort((a, b) => a.ts - b.ts);
    let coveredUntil = -Infinity;
    let ms = 0;
    for (const e of slices) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      ms += (e.tdur ?? 0) / 1000;
    }
    return ms;
  };
  const mainThreadMs = busy(marked.pid, "CrRendererMain");
  const gpuThreadMs = busy(undefined, "CrGpuMain");
  return { mainThreadMs, gpuThreadMs };
}

/**
 * CPU time (ms, user + system) used so far by every process this one started, all threads
 * included — Chromium's browser, renderer and GPU processes, and SwiftShader's raster threads,
 * which a trace does not show. Linux only (/proc); undefined elsewhere.
 */
export function childProcessesCpuMs(): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(pid), Number(fields[1]));
      cpu.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, t] of cpu) if (descends(pid)) ticks += t;
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ: 100 on every common configuration. */
const CLOCK_TICKS_PER_SECOND = 100;
