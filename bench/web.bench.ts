// The public maps' speed. Prints, asserts nothing:
//  1. server: time to answer the whole-network map's data on the CORDIS H2020 import — the first
//     answer after a run (bounded view, community names, suggestions, seeded ForceAtlas2 layout),
//     then cached answers, then a conditional request (If-None-Match → 304);
//  2. browser (headless Debian Chromium, WebGL through SwiftShader): time from navigation to the
//     first frame of the whole-network map with 2,000 nodes and 10,000 edges (synthetic data laid
//     out by the server's own layout code, served by the service in place of the API's answer),
//     Chromium's CPU time for it per process (the machine is shared: wall clock follows everyone's
//     load), and frames per second while the map pans, with the CPU each frame costs.
// Target: first render < 1 s.
// Page loads: one visitor (one browser context) in a browser that is already running (its GPU
// process started by a blank page), so the first load is a first visit and the others return with
// the HTTP and code caches; the two are printed apart. --baseline-web-dir DIR serves
// another build of the browser code (e.g. an older commit's dist/web) beside this one and alternates
// their loads, for a fair before/after at the same machine load.
//   npm run bench:web [-- --projects 5000 --reuse --skip-server --loads 5 --baseline-web-dir DIR --playwright-wait]
// Needs a database it may empty (see bench-db.ts): NEO4J_URI of a bench instance, DIAGONAL_BENCH_WIPE=1.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { cpus, loadavg } from "node:os";
import type { Browser, Page } from "playwright-core";
import { pino } from "pino";
import { z } from "zod";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import type { MapData } from "../src/schemas/maps.ts";
import { listRuns, runAnalysis } from "../src/services/analysis/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { readCordis } from "../src/sources/cordis.ts";
import { ensureWebBuild, launchChromium } from "../tests/browser/browser-support.ts";
import { benchDatabase, countNodes, measure, printTable, wipe } from "./bench-db.ts";
import { browserPid, childPids, chromiumCpu, cpuSince } from "./chromium-cpu.ts";
import { timeFirstRender, warmBrowser, type FirstRender } from "./first-render.ts";
import { serveSyntheticMap, syntheticMapJson } from "./synthetic-map.ts";

const { values: args } = parseArgs({
  options: {
    projects: { type: "string" },
    reuse: { type: "boolean", default: false },
    "skip-server": { type: "boolean", default: false },
    nodes: { type: "string", default: "2000" },
    edges: { type: "string", default: "10000" },
    loads: { type: "string", default: "5" },
    "baseline-web-dir": { type: "string" },
    "playwright-wait": { type: "boolean", default: false },
  },
});

const count = (flag: string, least: number) =>
  z.coerce.number({ message: `--${flag}: expected a whole number` }).int(`--${flag}: expected a whole number`).min(least, `--${flag}: expected at least ${least}`);
/** The browser part's flags: a clear message naming the flag instead of a NaN run. */
const benchFlags = z.object({ nodes: count("nodes", 1), edges: count("edges", 0), loads: count("loads", 1) });

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
    const server = createServer(app.handler);
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

/**
 * Moves the camera for three seconds and answers the frames sigma drew per second and Chromium's
 * CPU per frame. `animated`: a camera animation, which sigma treats like a drag (edges and labels
 * hidden while moving); otherwise the camera is set on every frame and everything is drawn.
 */
async function panning(page: Page, animated: boolean, pid: number): Promise<{ fps: number; perFrame: ReturnType<typeof cpuSince> }> {
  const script = `new Promise((resolve) => {
    const renderer = window.diagonalMap.renderer, camera = renderer.getCamera();
    let frames = 0;
    renderer.on("afterRender", () => { frames++; });
    const start = performance.now();
    const done = () => resolve(frames / ((performance.now() - start) / 1000));
    if (${animated}) {
      camera.animate({ x: 0.8, y: 0.3, ratio: 0.7 }, { duration: 3000 }).then(done);
    } else {
      const step = () => {
        const elapsed = performance.now() - start;
        camera.setState({ x: 0.5 + 0.2 * Math.sin(elapsed / 500), y: 0.5 + 0.2 * Math.cos(elapsed / 500) });
        if (elapsed < 3000) requestAnimationFrame(step); else done();
      };
      requestAnimationFrame(step);
    }
  })`;
  const before = chromiumCpu(pid);
  const fps = await page.evaluate<number>(script);
  const used = cpuSince(before, chromiumCpu(pid));
  const frames = Math.max(1, fps * 3);
  return { fps, perFrame: { total: used.total / frames, renderer: used.renderer / frames, gpu: used.gpu / frames, other: used.other / frames } };
}

/**
 * What a frame costs with nothing in it: every node and edge hidden and no labels, so sigma only
 * clears and redraws its layers (three WebGL canvases, four 2D ones) and Chromium composites
 * them. In software WebGL this floor, not the graph, limits the frames per second while panning.
 */
async function emptyFrame(page: Page, pid: number): Promise<ReturnType<typeof cpuSince>> {
  const frames = 5;
  await page.evaluate(() => {
    const r = window.diagonalMap!.renderer as import("sigma").default;
    r.setSetting("renderLabels", false);
    r.setSetting("nodeReducer", (_k, a) => ({ ...a, hidden: true }));
    r.setSetting("edgeReducer", (_k, a) => ({ ...a, hidden: true }));
  });
  await page.waitForTimeout(1000);
  const before = chromiumCpu(pid);
  await page.evaluate(async (n) => {
    const r = window.diagonalMap!.renderer as import("sigma").default;
    for (let i = 0; i < n; i++) {
      r.refresh({ skipIndexation: true });
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
  }, frames);
  await page.waitForTimeout(1000);
  const used = cpuSince(before, chromiumCpu(pid));
  return { total: used.total / frames, renderer: used.renderer / frames, gpu: used.gpu / frames, other: used.other / frames };
}

/** Loads per build: the first visit (empty HTTP cache, no compiled code), then returning visits. */
type Loads = FirstRender[];

const fixed = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(" / ");
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Rows for one build's loads: the first visit apart from the returning ones. */
function loadRows(label: string, loads: Loads, row: (what: string, figure: string, notes: string) => void): void {
  const [first, ...back] = loads;
  const f = first!;
  const pick = (g: (l: FirstRender) => number) => `${g(f).toFixed(0)} | ${fixed(back.map(g))} (mean ${mean(back.map(g)).toFixed(0)}) ms`;
  row(`${label}first render (navigation → first frame): first visit | returning visits`, pick((l) => l.render), `target < 1000 ms; scripts from the network: ${(f.scriptBytes / 1024).toFixed(0)} KiB on the first visit, ${fixed(back.map((l) => l.scriptBytes / 1024))} KiB after`);
  row("  of which: navigation → map data parsed", pick((l) => l.data), "page, scripts and the preloaded JSON in parallel");
  row("  Chromium's CPU time until the first frame", pick((l) => l.cpu.total), "all processes and threads (/proc): what a load costs, whatever the machine's load");
  row("    in the page's renderer", pick((l) => l.cpu.renderer), "scripts, JSON, graph, sigma's buffers, labels");
  row("    in the GPU process", pick((l) => l.cpu.gpu), "WebGL contexts, shaders, drawing: SwiftShader, in software");
}

async function browserFigures(): Promise<void> {
  ensureWebBuild();
  const flags = benchFlags.safeParse({ nodes: args.nodes, edges: args.edges, loads: args.loads });
  if (!flags.success) throw new Error(`bench:web: ${flags.error.issues.map((i) => i.message).join("; ")}`);
  const { nodes, edges, loads: count } = flags.data;
  const { json, layoutMs } = syntheticMapJson(nodes, edges);
  // The service itself serves the page and its assets; only the map data is the synthetic graph.
  // With --baseline-web-dir, a second service serves another build and the loads alternate.
  const builds = [{ label: "", dir: undefined as string | undefined }];
  if (args["baseline-web-dir"]) builds.unshift({ label: "baseline: ", dir: args["baseline-web-dir"] });
  const servers = await Promise.all(builds.map((b) => serveSyntheticMap(json, { webDir: b.dir })));
  // A browser per build: Chromium's GPU process keeps compiled shaders for the whole browser, so a
  // build's first visit would otherwise find the other build's (the same sigma) shaders compiled.
  const browsers: Browser[] = [], pids: number[] = [];
  for (const _ of builds) {
    const before = childPids();
    browsers.push(await launchChromium());
    pids.push(browserPid(before));
  }
  try {
    // One browser context per build is one visitor: the first load is a first visit, the others
    // come back with the HTTP cache (and V8's code cache) of the earlier ones.
    for (const browser of browsers) await warmBrowser(browser);
    const contexts = await Promise.all(browsers.map((browser) => browser.newContext({ viewport: { width: 1280, height: 800 } })));
    const loads: Loads[] = builds.map(() => []);
    const loadsBefore = loadavg()[0]!;
    for (let i = 0; i < count; i++) {
      for (const [b, context] of contexts.entries()) {
        loads[b]!.push(await timeFirstRender(context, `${servers[b]!.base}/embed/network?lang=nl`, { playwrightWait: args["playwright-wait"], browserPid: pids[b] }));
      }
    }
    const loadsAfter = loadavg()[0]!;
    const page = await contexts.at(-1)!.newPage();
    await page.goto(`${servers.at(-1)!.base}/embed/network?lang=nl`);
    await page.waitForFunction(() => performance.getEntriesByName("diagonal-map-rendered").length > 0, undefined, { timeout: 120_000 });
    const moving = await panning(page, true, pids.at(-1)!);
    const still = await panning(page, false, pids.at(-1)!);
    const empty = await emptyFrame(page, pids.at(-1)!);
    const split = (c: ReturnType<typeof cpuSince>) => `${c.total.toFixed(0)} ms: page ${c.renderer.toFixed(0)}, GPU process ${c.gpu.toFixed(0)}, rest ${c.other.toFixed(0)}`;
    const rows: Record<string, string>[] = [];
    const row = (what: string, figure: string, notes: string) => rows.push({ "whole-network map in Chromium": what, figure, notes });
    row(`${nodes} nodes / ${edges} edges, ${count} loads per build${builds.length > 1 ? ", alternating" : ""}`, "", `load average ${loadsBefore.toFixed(1)} → ${loadsAfter.toFixed(1)} on ${cpus().length} cores${args["playwright-wait"] ? "; waited with Playwright's waitForFunction" : ""}`);
    builds.forEach((b, i) => loadRows(b.label, loads[i]!, row));
    row("frames per second while panning (camera animated, 3 s)", moving.fps.toFixed(1), `edges and labels wait for the camera to stop, as when dragging; CPU per frame ${split(moving.perFrame)}`);
    row("frames per second, everything drawn (camera set every frame, 3 s)", still.fps.toFixed(1), `CPU per frame ${split(still.perFrame)}`);
    row("CPU of a frame with nothing drawn (all hidden, no labels)", split(empty), "sigma's seven canvas layers cleared and composited: the floor under every frame in software WebGL");
    row("server-side layout of that graph (ForceAtlas2, seeded)", layoutMs === null ? "cached" : `${layoutMs.toFixed(0)} ms`, "once per analysis run on the server");
    printTable(rows);
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await Promise.all(servers.map((s) => s.close()));
  }
}

await browserFigures();
if (!args["skip-server"]) await serverFigures();
