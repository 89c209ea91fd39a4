// The service as `diagonal serve` runs it, in a process of its own (from the built dist/ when it is
// fresh, the TypeScript sources otherwise: bin/diagonal.mjs decides), for benchmarks that measure
// the service's latency while heavy work runs: in the benchmark's own process the benchmark's
// dataset and its garbage collection would stall the server too and be counted as the server's.
// Also samples the service process's resident memory (Linux /proc), workers included.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Database } from "../src/db/index.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface ServiceProcess {
  url: string;
  pid: number;
  /** "dist" when the compiled build runs, "tsx" when the sources do. */
  build: "dist" | "tsx";
  /** Resolves at the next log line whose message starts with `msg` (after this call), or rejects after `timeoutMs`. */
  nextLog(msg: string, timeoutMs: number): Promise<void>;
  /** Resident memory of the service process now, in bytes (undefined where /proc is missing). */
  rss(): number | undefined;
  stop(): Promise<void>;
}

/** Whether bin/diagonal.mjs will run dist/ (its own rule: the build stamp is newer than every source outside src/web). */
function builtIsFresh(): boolean {
  const stamp = join(root, "dist", ".tsbuildinfo");
  if (!existsSync(join(root, "dist", "main.js")) || !existsSync(stamp)) return false;
  const newest = (dir: string): number => {
    let n = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) { if (full !== join(root, "src", "web")) n = Math.max(n, newest(full)); } else n = Math.max(n, statSync(full).mtimeMs);
    }
    return n;
  };
  return newest(join(root, "src")) <= statSync(stamp).mtimeMs;
}

/** Resident set size of a process from /proc/<pid>/status (VmRSS), in bytes. */
export function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts `diagonal serve` on a free port against the benchmark's database and resolves once it
 * listens. `nodeArgs` go to node (e.g. --trace-gc, --cpu-prof); `env` adds service settings.
 * The service's log goes to `logFile` (or is dropped).
 */
export async function startServiceProcess(db: Database, opts: { env?: Record<string, string>; nodeArgs?: string[]; logFile?: string } = {}): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: db.config.uri,
    NEO4J_USER: db.config.user,
    NEO4J_PASSWORD: db.config.password,
    ...(db.database ? { NEO4J_DATABASE: db.database } : {}),
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    ...opts.env,
  };
  const build = builtIsFresh() ? "dist" : "tsx";
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? []), join(root, "bin", "diagonal.mjs"), "serve"], {
    env, cwd: root, stdio: ["ignore", "pipe", opts.logFile ? "pipe" : "inherit"],
  });
  const log = opts.logFile ? createWriteStream(opts.logFile) : undefined;
  if (log) child.stderr!.pipe(log);
  const waiting = new Set<{ msg: string; done: () => void }>();
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let found = false;
    lines.on("line", (line) => {
      log?.write(line + "\n");
      let entry: { url?: string; msg?: string };
      try { entry = JSON.parse(line) as typeof entry; } catch { return; /* not a log line */ }
      for (const w of waiting) if (entry.msg?.startsWith(w.msg)) { waiting.delete(w); w.done(); }
      if (!found && entry.url && entry.msg?.startsWith("listening")) { found = true; resolve(entry.url); }
    });
    child.once("exit", (code) => { if (!found) reject(new Error(`diagonal serve exited with ${code} before it listened`)); });
    child.once("error", reject);
  });
  return {
    url, pid: child.pid!, build,
    nextLog: (msg, timeoutMs) => new Promise<void>((resolve, reject) => {
      const w = { msg, done: () => { clearTimeout(timer); resolve(); } };
      const timer = setTimeout(() => { waiting.delete(w); reject(new Error(`no "${msg}" in the service's log within ${timeoutMs / 1000} s`)); }, timeoutMs);
      waiting.add(w);
    }),
    rss: () => rssOf(child.pid!),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      log?.end();
    },
  };
}

/** Samples `read` every `ms` until stopped; answers the peak seen. */
export function samplePeak(read: () => number | undefined, ms = 50): { stop(): number } {
  let peak = read() ?? 0;
  const timer = setInterval(() => { peak = Math.max(peak, read() ?? 0); }, ms);
  return { stop: () => { clearInterval(timer); return Math.max(peak, read() ?? 0); } };
}
