// The public maps' speed. Prints, asserts nothing:
//  1. server: time to answer the whole-network map's data on the CORDIS H2020 import — the first
//     answer after a run (bounded view, community names, suggestions, seeded ForceAtlas2 layout),
//     then cached answers, then a conditional request (If-None-Match → 304);
//  2. browser (headless Debian Chromium, WebGL through SwiftShader): time from navigation to the
//     first frame of the whole-network map with 2,000 nodes and 10,000 edges (synthetic data laid
//     out by the server's own layout code, served in place of the API's answer), and frames per
//     second while the map pans.
// Target: first render < 1 s.
//   npm run bench:web [-- --projects 5000 --reuse --skip-server]
// Needs a database it may empty (see bench-db.ts): NEO4J_URI of a bench instance, DIAGONAL_BENCH_WIPE=1.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { UndirectedGraph } from "graphology";
import seedrandom from "seedrandom";
import { chromium } from "playwright-core";
import { pino } from "pino";
import { communityColour, layoutMap } from "../src/analysis/map-layout.ts";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import type { MapData } from "../src/schemas/maps.ts";
import { listRuns, runAnalysis } from "../src/services/analysis/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { readCordis } from "../src/sources/cordis.ts";
import { ensureWebBuild } from "../tests/browser/browser-support.ts";
import { benchDatabase, countNodes, measure, printTable, wipe } from "./bench-db.ts";

const { values: args } = parseArgs({
  options: {
    projects: { type: "string" },
    reuse: { type: "boolean", default: false },
    "skip-server": { type: "boolean", default: false },
    nodes: { type: "string", default: "2000" },
    edges: { type: "string", default: "10000" },
  },
});

/** A seeded map of `n` networks in 12 communities with `m` links, laid out like the server does. */
function syntheticMap(n: number, m: number): MapData {
  const rng = seedrandom("bench:web");
  const g = new UndirectedGraph();
  const communities = 12;
  for (let i = 0; i < n; i++) {
    const c = i % communities;
    g.addNode(`project:p${i}`, { kind: "project", label: `Lerend netwerk ${i}`, color: communityColour(c), group: `c${c}` });
  }
  while (g.size < m) {
    const a = Math.floor(rng() * n);
    // Four links in five inside the community: the structure real data has.
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
      view: "network", titleNl: "Benchmark", titleEn: "Benchmark", runId: "bench", truncated: false, nodeCount: g.order, edgeCount: g.size,
      legend: [...counts].map(([group, count], i) => ({ group, nameNl: `Gemeenschap ${i}`, nameEn: `Community ${i}`, color: communityColour(i), count })),
    },
  } as MapData;
}

async function serverFigures(): Promise<void> {
  const db = await benchDatabase();
  try {
    if (!args.reuse || (await countNodes(db)) === 0) {
      await wipe(db);
      const dataset = await readCordis(args.projects ? { maxProjects: Number(args.projects) } : {});
      const load = await measure(() => importDataset(db, dataset));
      console.log(`imported ${dataset.projects.length} projects in ${load.seconds.toFixed(1)} s`);
    }
    if (!args.reuse || (await listRuns(db)).length === 0) {
      const run = await measure(() => runAnalysis(db, {}));
      console.log(`analysed in ${run.seconds.toFixed(1)} s`);
    }
    const app = createApp({ db, config: parseServiceEnv({}), logger: pino({ level: "silent" }) });
    const server = createServer(app.app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/maps/network`;
    const timed = async (headers: Record<string, string> = {}) => {
      const t = performance.now();
      const res = await fetch(url, { headers });
      const body = await res.text();
      return { ms: performance.now() - t, status: res.status, bytes: body.length, etag: res.headers.get("etag"), body };
    };
    const first = await timed();
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) warm.push((await timed()).ms);
    const conditional: number[] = [];
    for (let i = 0; i < 20; i++) conditional.push((await timed({ "If-None-Match": first.etag! })).ms);
    const data = JSON.parse(first.body) as MapData;
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const status304 = (await timed({ "If-None-Match": first.etag! })).status;
    printTable([
      { "whole-network map data (CORDIS)": "first answer after a run (built, laid out)", ms: first.ms.toFixed(0), notes: `${data.nodes.length} nodes, ${data.edges.length} edges, ${(first.bytes / 1024).toFixed(0)} KiB` },
      { "whole-network map data (CORDIS)": "cached answer (median of 20)", ms: median(warm).toFixed(1), notes: "same version: served from the cache" },
      { "whole-network map data (CORDIS)": "If-None-Match (median of 20)", ms: median(conditional).toFixed(1), notes: `status ${status304}` },
    ]);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  } finally {
    await db.close();
  }
}

/** Pans the camera on every animation frame for 3 s; answers the frames sigma drew per second. */
const PAN_FOR_THREE_SECONDS = `(async () => {
  const renderer = window.diagonalMap.renderer;
  const camera = renderer.getCamera();
  let frames = 0;
  renderer.on("afterRender", () => { frames++; });
  const start = performance.now();
  await new Promise((resolve) => {
    const step = () => {
      const elapsed = performance.now() - start;
      camera.setState({ x: 0.5 + 0.2 * Math.sin(elapsed / 500), y: 0.5 + 0.2 * Math.cos(elapsed / 500) });
      if (elapsed < 3000) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  return frames / ((performance.now() - start) / 1000);
})()`;

async function browserFigures(): Promise<void> {
  ensureWebBuild();
  const nodes = Number(args.nodes), edges = Number(args.edges);
  const t = performance.now();
  const map = JSON.stringify(syntheticMap(nodes, edges));
  const layoutMs = performance.now() - t;
  // The service itself serves the page and its assets; only the map data is the synthetic graph.
  const db = { driver: {} as never, database: undefined, config: {} as never, close: async () => {} };
  const app = createApp({ db: db as never, config: parseServiceEnv({}), logger: pino({ level: "silent" }) });
  const server = createServer(app.app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-sandbox"] });
  try {
    const rows: Record<string, string>[] = [];
    const renders: number[] = [];
    const dataAt: number[] = [];
    let fps = 0;
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route("**/api/v1/maps/network", (route) => route.fulfill({ status: 200, contentType: "application/json", body: map, headers: { etag: '"bench"' } }));
      await page.goto(`${base}/embed/network?lang=nl`);
      await page.waitForFunction(() => performance.getEntriesByName("diagonal-map-rendered").length > 0, undefined, { timeout: 60_000 });
      renders.push(await page.evaluate(() => performance.getEntriesByName("diagonal-map-rendered")[0]!.startTime));
      dataAt.push(await page.evaluate(() => performance.getEntriesByName("diagonal-map-data")[0]!.startTime));
      if (i === 2) {
        // A string, not a function: the TypeScript runner would wrap named functions in helpers the page lacks.
        fps = await page.evaluate(PAN_FOR_THREE_SECONDS);
      }
      await page.close();
    }
    const row = (what: string, figure: string, notes: string) => rows.push({ "whole-network map in Chromium": what, figure, notes });
    row(`first render, ${nodes} nodes / ${edges} edges (navigation → first frame)`, `${renders.map((r) => r.toFixed(0)).join(" / ")} ms`, "three page loads; target < 1000 ms");
    row("  of which: navigation → map data parsed", `${dataAt.map((r) => r.toFixed(0)).join(" / ")} ms`, "page, scripts, 2 MB of JSON");
    row("frames per second while panning (3 s)", fps.toFixed(1), "WebGL through SwiftShader (software), headless");
    row("server-side layout of that graph (ForceAtlas2, seeded)", `${layoutMs.toFixed(0)} ms`, "once per analysis run, then cached");
    printTable(rows);
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

await browserFigures();
if (!args["skip-server"]) await serverFigures();
