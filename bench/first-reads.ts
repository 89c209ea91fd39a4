// First reads of a service that has just started (bench:api, case "first-reads"): a new database
// connection (so no per-database state of this process is reused: data version, degree order,
// recommender) and a new app, started as `diagonal serve` starts it (its read-ahead), then, once
// the read-ahead is done, the first request of each view, each on a different subject or query so
// that none is answered from a cache: the whole network (several limits and kinds), the public
// network map, projects at depth 1 and 2, themes, the lists, and the first recommendation. Prints
// per view the p50 and max of those first requests (target: p50 < 100 ms; the recommendation
// < 200 ms) and how long the read-ahead took. A service without a read-ahead (an older checkout)
// is measured the same way, from its start.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { ServiceConfig } from "../src/config/service-env.ts";
import type { Database } from "../src/db/index.ts";
import { createApp } from "../src/http/app.ts";
import { currentDataVersion } from "../src/services/data-version.ts";
import { builtViewIndex, readViewIndex } from "../src/services/view-index.ts";
import { measure } from "./bench-db.ts";

export interface FirstReadSubjects {
  /** Projects (with suggestions), themes and partners to ask about: each request a different one. */
  projects: string[];
  themes: string[];
}

export async function firstReads(connectDb: () => Promise<Database>, config: ServiceConfig, logger: Logger, headers: Record<string, string>, s: FirstReadSubjects): Promise<Record<string, string | number>[]> {
  const db = await connectDb();
  try {
    const app = createApp({ db, config, logger });
    const server = createServer(app.handler);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const warmup = (app as { warmup?: { start(): void; idle(): Promise<void> } }).warmup;
    const ahead = await measure(async () => {
      warmup?.start();
      await warmup?.idle();
    });
    const enc = encodeURIComponent;
    const views: [string, string[], boolean?][] = [
      ["network (projects, themes)", [500, 400, 300, 200, 100].map((n) => `/api/v1/graph/network?limit=${n}`)],
      ["network (+partners)", [2000, 1500, 1000, 750, 250].map((n) => `/api/v1/graph/network?kinds=project,theme,partner&limit=${n}`)],
      ["network map (public)", ["/api/v1/maps/network"], true],
      ["project depth 1", s.projects.map((p) => `/api/v1/graph/projects/${enc(p)}`)],
      ["project depth 2", s.projects.map((p) => `/api/v1/graph/projects/${enc(p)}?depth=2`)],
      ["theme", s.themes.map((t) => `/api/v1/graph/themes/${enc(t)}`)],
      ["theme map (public)", s.themes.map((t) => `/api/v1/maps/themes/${enc(t)}`), true],
      ["partners list", [0, 50, 100, 5000, 20000].map((o) => `/api/v1/partners?limit=50&offset=${o}`)],
      ["projects list", [0, 50, 100, 5000, 20000].map((o) => `/api/v1/projects?limit=50&offset=${o}`)],
      ["themes list", [0, 10, 20, 30, 40].map((o) => `/api/v1/themes?limit=50&offset=${o}`)],
      ["outcomes list", [0, 10, 20, 30, 40].map((o) => `/api/v1/outcomes?limit=50&offset=${o}`)],
      ["recommendation (partners)", s.projects.map((p) => `/api/v1/projects/${enc(p)}/recommendations/partners?limit=10`)],
    ];
    const rows: Record<string, string | number>[] = [];
    for (const [view, paths, anonymous] of views) {
      const ms: number[] = [];
      const statuses = new Set<number>();
      for (const path of paths) {
        const t0 = performance.now();
        const res = await fetch(base + path, { headers: anonymous ? {} : headers });
        await res.arrayBuffer();
        ms.push(performance.now() - t0);
        statuses.add(res.status);
      }
      const sorted = [...ms].sort((a, b) => a - b);
      rows.push({
        view, requests: ms.length, status: [...statuses].join(","),
        "first ms": Math.round(ms[0]!), "p50 ms": Math.round(sorted[Math.floor((sorted.length - 1) / 2)]!), "max ms": Math.round(sorted.at(-1)!),
      });
    }
    rows.push({ view: "(read-ahead at start)", requests: 0, status: warmup ? "done" : "none", "first ms": Math.round(ahead.seconds * 1000), "p50 ms": "-", "max ms": "-" });
    await graphViewIndexFigures(db);
    warmup && (app as { warmup: { stop(): void } }).warmup.stop();
    app.embedMaps.stop();
    server.closeAllConnections();
    server.close();
    return rows;
  } finally {
    await db.close();
  }
}

/**
 * The graph view index of the read-ahead (its build time and the event loop's delays while it was
 * built), and the memory it holds: one more index read at the same version between two collections
 * (with --expose-gc in NODE_OPTIONS; the ids are shared with the degree order and not counted).
 */
async function graphViewIndexFigures(db: Database): Promise<void> {
  const token = (await currentDataVersion(db)).token;
  const built = builtViewIndex(db, token);
  if (!built) {
    console.log("graph view index: not built by the read-ahead (an older checkout?)");
    return;
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const again = await readViewIndex(db, token);
  gc?.();
  const after = process.memoryUsage();
  // The typed arrays' bytes live outside the JavaScript heap (arrayBuffers).
  const held = after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  console.log(`graph view index: ${built.stats.nodes} nodes, ${built.stats.relationships} relationships; built in ${built.stats.buildMs} ms at start ` +
    `(event loop delay while building: max ${built.stats.eventLoopMaxMs} ms, p99 ${built.stats.eventLoopP99Ms} ms); read again in ${again.stats.buildMs} ms ` +
    `(max ${again.stats.eventLoopMaxMs} ms, p99 ${again.stats.eventLoopP99Ms} ms); typed arrays ${mb(again.stats.typedBytes)} MB, ` +
    (gc ? `memory held (heap and array buffers) ${mb(held)} MB` : "memory held: run with NODE_OPTIONS=--expose-gc"));
}
