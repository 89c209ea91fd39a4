// A seeded synthetic whole-network map (n networks in 12 communities, m links, four in five inside
// a community), laid out by the server's own layout code: what the browser benchmarks draw. Built
// once per size and kept under test-results/ (git-ignored), since the layout takes seconds.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { UndirectedGraph } from "graphology";
import seedrandom from "seedrandom";
import { communityColour, layoutMap } from "../src/analysis/map-layout.ts";
import { pino } from "pino";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import type { MapData } from "../src/schemas/maps.ts";

const CACHE = fileURLToPath(new URL("../test-results/bench/", import.meta.url));

export function syntheticMap(n: number, m: number): MapData {
  const rng = seedrandom("bench:web");
  const g = new UndirectedGraph();
  const communities = 12;
  for (let i = 0; i < n; i++) {
    const c = i % communities;
    g.addNode(`project:p${i}`, { kind: "project", label: `Lerend netwerk ${i}`, color: communityColour(c), group: `c${c}` });
  }
  while (g.size < m) {
    const a = Math.floor(rng() * n);
    const b = rng() < 0.8 ? (Math.floor(rng() * (n / communities)) * communities + (a % communities)) % n : Math.floor(rng() * n);
    if (a === b) continue;
    const key = a < b ? `project:p${a}--project:p${b}` : `project:p${b}--project:p${a}`;
    if (g.hasEdge(key)) continue;
    const suggestion = rng() < 0.7;
    g.addEdgeWithKey(key, `project:p${a}`, `project:p${b}`, {
      kind: suggestion ? "suggestion" : "collaboration", size: suggestion ? 1 : 1.5, color: suggestion ? "#c2185b" : "#1b1b1b", weight: 1,
      ...(suggestion ? { dashed: true, reasonsNl: ["Beide netwerken werken rond talent."], reasonsEn: ["Both networks work on talent."] } : {}),
    });
  }
  layoutMap(g, { seed: "bench:web" });
  const counts = new Map<string, number>();
  g.forEachNode((_k, a) => counts.set(a.group, (counts.get(a.group) ?? 0) + 1));
  const exported = g.export() as unknown as MapData;
  for (const e of exported.edges) delete (e.attributes as Record<string, unknown>).weight;
  return {
    ...exported,
    attributes: {
      view: "network", titleNl: "Benchmark", titleEn: "Benchmark", runId: "bench", truncated: false, nodeCount: g.order, edgeCount: g.size, themes: [], sizeBy: "partners", suggestions: true,
      legend: [...counts].map(([group, count], i) => ({ group, nameNl: `Gemeenschap ${i}`, nameEn: `Community ${i}`, color: communityColour(i), count })),
    },
  } as MapData;
}

/** The synthetic map as JSON text, and how long laying it out took (0 when it came from the cache). */
export function syntheticMapJson(n: number, m: number): { json: string; layoutMs: number | null } {
  // The cached copy follows the layout code: a change to it lays the map out again.
  const layoutCode = createHash("sha256").update(readFileSync(new URL("../src/analysis/map-layout.ts", import.meta.url))).digest("hex").slice(0, 12);
  const file = `${CACHE}synthetic-map-${n}-${m}-${layoutCode}.json`;
  if (existsSync(file)) return { json: readFileSync(file, "utf8"), layoutMs: null };
  const t = performance.now();
  const json = JSON.stringify(syntheticMap(n, m));
  const layoutMs = performance.now() - t;
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, json);
  return { json, layoutMs };
}

/**
 * The service itself (pages, scripts, styles) with no database behind it, answering the
 * whole-network map's data with `json` the way the maps route does (ETag, 304 on If-None-Match).
 * `webDir`: another build of the browser code (a baseline to compare with) instead of dist/web.
 */
export async function serveSyntheticMap(json: string, options: { webDir?: string } = {}): Promise<{ base: string; close(): Promise<void> }> {
  const db = { driver: {} as never, database: undefined, config: {} as never, close: async () => {} };
  const config = parseServiceEnv(options.webDir ? { WEB_DIR: options.webDir } : {});
  const { app } = createApp({ db: db as never, config, logger: pino({ level: "silent" }) });
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
  const server: Server = createServer((req, res) => {
    if (req.url?.split("?")[0] !== "/api/v1/maps/network") return void app(req, res);
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", etag, "cache-control": "no-cache" }).end(json);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
