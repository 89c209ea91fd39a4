// CPU time Chromium spends, per kind of process (renderer, GPU, browser…), read from /proc: every
// thread of every process this benchmark started, SwiftShader's raster threads included. Wall-clock
// figures on a shared two-core machine swing with everyone else's load; CPU time says what the map
// itself costs, and where (the page's renderer, or the GPU process that draws in software).
// Linux only; elsewhere the figures are empty.
import { readdirSync, readFileSync } from "node:fs";

/** Linux's USER_HZ: 100 on every common configuration. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU milliseconds used so far by each Chromium process (by pid), with the process's kind. */
export type CpuByProcess = Map<number, { kind: string; ms: number }>;

/**
 * CPU milliseconds used so far by each Chromium process: the descendants of this process, or of
 * `root` (one browser's main process, see browserPid) when given.
 */
export function chromiumCpu(root = process.pid): CpuByProcess {
  const out: CpuByProcess = new Map();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(pid), Number(fields[1]));
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    if (pid === root && root !== process.pid) return true;
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  for (const [pid, t] of ticks) {
    if (!descends(pid)) continue;
    let kind = "browser";
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      kind = /--type=([\w-]+)/.exec(cmdline)?.[1] ?? "browser";
      if (kind === "gpu-process") kind = "gpu";
    } catch {
      // ended meanwhile
    }
    out.set(pid, { kind, ms: (t * 1000) / CLOCK_TICKS_PER_SECOND });
  }
  return out;
}

/**
 * What each kind of process used between two readings, and the total. Counted per process: one
 * that ended meanwhile (a closed page's renderer) is left out rather than subtracted.
 */
export function cpuSince(before: CpuByProcess, after = chromiumCpu()): { total: number; renderer: number; gpu: number; other: number } {
  const byKind = new Map<string, number>();
  for (const [pid, { kind, ms }] of after) byKind.set(kind, (byKind.get(kind) ?? 0) + ms - (before.get(pid)?.ms ?? 0));
  let total = 0;
  for (const ms of byKind.values()) total += ms;
  const renderer = byKind.get("renderer") ?? 0, gpu = byKind.get("gpu") ?? 0;
  return { total, renderer, gpu, other: total - renderer - gpu };
}

/** This process's children (pids) now: call before launching a browser, then pass to browserPid. */
export function childPids(): Set<number> {
  const out = new Set<number>();
  try {
    for (const d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid) out.add(Number(d));
      } catch {
        // ended meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return out;
}

/** The main process of the browser launched since `before` (childPids()), or this process if unknown. */
export function browserPid(before: Set<number>): number {
  for (const pid of childPids()) {
    if (before.has(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=")) return pid;
    } catch {
      // ended meanwhile
    }
  }
  return process.pid;
}
