// HTTP API throughput and latency on loopback with autocannon: one project's suggestions (with an
// analyst token), the bounded graph views and the public network map, on the whole CORDIS H2020
// data imported and analysed. Beside the product, a bare node:http server in the same process
// answers each endpoint's captured bytes, measured the same way in the same run: the ratio
// product / bare is the distance to what this machine can do at all. Prints requests/s, p50/p99
// latency and errors (non-2xx answers and connection errors, timeouts among them) per endpoint,
// the bare figures and the ratio; then single large views, uncached (first) and cached; asserts nothing.
// Targets (issue 12): cached reads ≥ 30 % of bare; suggestions ≥ 2000 req/s with p99 ≤ 25 ms;
// an uncached network view under 500 ms, a cached one under 10 ms p50.
//   npm run bench:api [-- --seconds 30 --connections 20 --projects 5000 --reuse --reanalyse --cannon child|inline|both]
// --projects N reads only the first N CORDIS projects; --reuse keeps the imported data (and the
// latest analysis, if there is one); --reanalyse runs a fresh analysis all the same. --cannon: where autocannon runs —
// in this process beside the server ("inline"), or in a child process ("child", the default; on
// a small machine the load generator then competes with the server for CPU like a real client on
// the same host would, but no longer stalls the server's event loop); "both" prints both.
// --only a,b runs some cases: suggestions, suggestions-projects, graph-project, graph-project-depth-2,
// graph-theme, graph-network, map-network, views (the single large requests), first-reads (a
// freshly started service's first request of each view, list and recommendation: first-reads.ts),
// during-analysis, during-dry-run, during-export (/healthz p50/p99/max while an analysis started
// over HTTP runs, while a dry run of a generated ~200k-row upload runs — --dry-run-projects N,
// default 16000 generated networks — and while an analyst's whole-graph GEXF export is built and
// downloaded; each row also prints the machine's load average). The during-* cases ask a service
// started as `diagonal serve` runs it, in a process of its own (dist/ when the build is fresh:
// service-process.ts), so that this process's dataset and garbage collection are not counted as
// the server's; --during-server inline asks the in-process server instead. --server-node-args
// "--trace-gc" passes node flags to that process, --server-log FILE keeps its log. The dry-run row
// prints the service's resident memory before, at its peak and 5 s after the upload. --skip-bare leaves
// the bare server out (e.g. under node --cpu-prof, so the profile is the product's alone).
// The service logs at info level (to /dev/null), as in production; --log-level changes that.
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { destination, pino } from "pino";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import { getSuggestions, listRuns, runAnalysis } from "../src/services/analysis/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { generateDataset } from "../src/generator/generate.ts";
import { entityCsv } from "../src/generator/write-csv.ts";
import { ENTITY_NAMES } from "../src/schemas/index.ts";
import { createToken } from "../src/services/tokens.ts";
import { currentDataVersion } from "../src/services/data-version.ts";
import { viewIndex } from "../src/services/view-index.ts";
import { readCordis } from "../src/sources/cordis.ts";
import { benchDatabase, measure, printTable, wipe } from "./bench-db.ts";
import { firstReads } from "./first-reads.ts";
import { samplePeak, startServiceProcess } from "./service-process.ts";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  throughput: { average: number };
}
interface CannonOptions {
  url: string;
  duration: number;
  connections: number;
  headers?: Record<string, string>;
  /** Each connection walks this list in turn (several projects' suggestions). */
  requests?: { method: "GET"; path: string }[];
}
type Cannon = (opts: CannonOptions) => Promise<CannonResult>;

// autocannon ships no type declarations; its shape is described above.
const cannonPath = createRequire(import.meta.url).resolve("autocannon");
const autocannon = ((await import(pathToFileURL(cannonPath).href)) as { default: Cannon }).default;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    projects: { type: "string" },
    reuse: { type: "boolean", default: false },
    reanalyse: { type: "boolean", default: false },
    cannon: { type: "string", default: "child" },
    "log-level": { type: "string", default: "info" },
    only: { type: "string" },
    "skip-bare": { type: "boolean", default: false },
    "dry-run-projects": { type: "string", default: "16000" },
    "during-server": { type: "string", default: "child" },
    "server-node-args": { type: "string", default: "" },
    "server-log": { type: "string" },
  },
});
const only = args.only ? new Set(args.only.split(",")) : undefined;
if (!["child", "inline"].includes(args["during-server"]!)) throw new Error(`--during-server: expected child or inline (got "${args["during-server"]}")`);
if (!["child", "inline", "both"].includes(args.cannon!)) throw new Error(`--cannon: expected child, inline or both (got "${args.cannon}")`);

/** The same autocannon run in a child process: only the summary crosses back, as JSON. */
function cannonInChild(opts: CannonOptions): Promise<CannonResult> {
  const script = `const { default: cannon } = await import(${JSON.stringify(pathToFileURL(cannonPath).href)});
const r = await cannon(JSON.parse(process.argv[1]));
process.stdout.write(JSON.stringify({ requests: r.requests, latency: r.latency, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, throughput: r.throughput }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(opts)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as CannonResult) : reject(new Error(`autocannon child exited with ${code}`))));
  });
}

async function loadAndAnalyse(db: Awaited<ReturnType<typeof benchDatabase>>) {
  const projectsStored = async () => (await db.driver.executeQuery("MATCH (p:Project) RETURN count(p) AS n", {}, { database: db.database })).records[0]!.get("n").toNumber() as number;
  if (!args.reuse || (await projectsStored()) === 0) {
    await wipe(db);
    const dataset = await readCordis(args.projects ? { maxProjects: Number(args.projects) } : {});
    // One transaction for the whole dataset: the bench server runs with a heap that holds it.
    const load = await measure(() => importDataset(db, dataset));
    console.log(`loaded ${dataset.projects.length} CORDIS projects, ${dataset.partners.length} partners in ${load.seconds.toFixed(1)} s`);
  }
  if (!args.reuse || args.reanalyse || (await listRuns(db)).length === 0) {
    const analysis = await measure(() => runAnalysis(db, {}));
    console.log(`analysed in ${analysis.seconds.toFixed(1)} s (${analysis.result.counts.suggestions} suggestions)`);
  }
}

/** /healthz latencies (p50, p99, max) sampled every 10 ms until `finished` says the work is over. Target: p99 < 50 ms, max < 250 ms. */
async function healthWhile(base: string, finished: (polled: number) => Promise<string | undefined>): Promise<{ state: string; seconds: number; samples: number; p50: number; p99: number; max: number }> {
  const t0 = performance.now();
  const latencies: number[] = [];
  let state: string | undefined;
  let polled = 0;
  while (state === undefined) {
    const t = performance.now();
    // A stall past the server's keep-alive timeout closes the pooled connection as the request
    // goes out (ECONNRESET): asked again at once, the wait counts from the first attempt.
    await fetch(`${base}/healthz`).catch(() => fetch(`${base}/healthz`)).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - t);
    state = await finished(++polled);
    await new Promise((r) => setTimeout(r, 10));
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1));
  return { state, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)), samples: latencies.length, p50: at(0.5), p99: at(0.99), max: Number(latencies.at(-1)!.toFixed(1)) };
}

/** The row printed for one "/healthz during …" case, with the load average of the machine as it ended. */
function duringRow(name: string, h: Awaited<ReturnType<typeof healthWhile>>, note = ""): Record<string, string | number> {
  return {
    case: `/healthz during ${name}`, outcome: h.state, "work s": h.seconds,
    samples: h.samples, "p50 ms": h.p50, "p99 ms": h.p99, "max ms": h.max, "load avg (1 min)": Number(loadavg()[0]!.toFixed(1)), note,
  };
}

/** /healthz while an analysis started over HTTP runs (in its child process), until its job ends. */
async function healthDuringAnalysis(base: string, headers: Record<string, string>): Promise<Record<string, string | number>> {
  const started = await fetch(`${base}/api/v1/analysis/runs`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" });
  const { statusUrl } = (await started.json()) as { statusUrl: string };
  const h = await healthWhile(base, async (polled) => {
    if (polled % 20 !== 0) return undefined;
    const { state } = (await (await fetch(base + statusUrl, { headers })).json()) as { state: string };
    return state === "running" ? undefined : state;
  });
  return duringRow("analysis", h);
}

/** An answer's status and size, its body read and dropped chunk by chunk (never held whole in this process). */
async function drained(res: Response): Promise<string> {
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  return `${res.status} (${(bytes / 2 ** 20).toFixed(1)} MB)`;
}

/** Resolves to a status line once `answer` settled; until then undefined (for healthWhile). */
function settledState(answer: Promise<string>): (polled: number) => Promise<string | undefined> {
  let state: string | undefined;
  answer.then((s) => { state = s; }, (err: Error) => { state = `failed: ${err.message}`; });
  return async () => state;
}

/**
 * /healthz while a dry run of a generated upload of about 200k rows (CSV, one file per entity) is
 * read, validated and checked. The multipart body is encoded before the clock starts and the
 * answer is only counted, not parsed: this process's own work stays out of the figures.
 */
async function healthDuringDryRun(base: string, headers: Record<string, string>, projects: number, serverRss: () => number | undefined = () => process.memoryUsage().rss): Promise<Record<string, string | number>> {
  const dataset = generateDataset({ projects, seed: 21 }).dataset;
  const form = new FormData();
  let rows = 0;
  for (const name of ENTITY_NAMES) {
    rows += dataset[name].length;
    form.append("files", new Blob([entityCsv(name, dataset[name])], { type: "text/csv" }), `${name}.csv`);
  }
  const upload = new Request(`${base}/api/v1/import?dryRun=true`, { method: "POST", body: form });
  const body = await upload.arrayBuffer();
  const rss = serverRss() ?? 0;
  const peak = samplePeak(serverRss);
  const answer = fetch(upload.url, { method: "POST", headers: { ...headers, "content-type": upload.headers.get("content-type")! }, body })
    .then(drained);
  const h = await healthWhile(base, settledState(answer));
  const highest = peak.stop();
  // Memory after the worker exited: the parsed rows were its own.
  await new Promise((r) => setTimeout(r, 5000));
  const mb = (n: number | undefined) => Math.round((n ?? 0) / 2 ** 20);
  return duringRow(`a ${Math.round(rows / 1000)}k-row dry run`, h, `upload ${(body.byteLength / 2 ** 20).toFixed(1)} MB; server rss ${mb(rss)} MB before, ${mb(highest)} MB peak, ${mb(serverRss())} MB 5 s after`);
}

/** /healthz while an analyst downloads the whole graph as GEXF (built by a worker, then streamed from its file). */
async function healthDuringExport(base: string, headers: Record<string, string>): Promise<Record<string, string | number>> {
  const answer = fetch(`${base}/api/v1/export?format=gexf`, { headers }).then(drained);
  return duringRow("a GEXF export", await healthWhile(base, settledState(answer)));
}

/**
 * /healthz while analysts ask for partners for new networks, one after the other: each described
 * network is ranked on a whole index of the graph, built for it (the recommender's worker thread).
 */
async function healthDuringRecommendations(base: string, headers: Record<string, string>, theme: string | undefined, requests = 5): Promise<Record<string, string | number>> {
  const asked = (async () => {
    const statuses: number[] = [];
    for (let i = 0; i < requests; i++) {
      const body = { description: `energy storage and smart grids for cities, network ${i}`, themes: theme ? [theme] : [], limit: 10 };
      const res = await fetch(`${base}/api/v1/recommendations/partners`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      statuses.push(res.status);
    }
    return `${[...new Set(statuses)].join(",")} (${requests} new networks)`;
  })();
  return duringRow("recommendations for new networks", await healthWhile(base, settledState(asked)));
}

async function main() {
  const db = await benchDatabase();
  try {
    await loadAndAnalyse(db);
    // Projects with suggestions: the ends of the best pairs, a few distinct ones.
    const top = await getSuggestions(db, { limit: 50 });
    const projects = [...new Set(top.flatMap((s) => [s.a, s.b]))].slice(0, 5);
    if (projects.length === 0) throw new Error("the analysis produced no suggestions; nothing to benchmark");
    const project = projects[0]!;
    const { secret } = await createToken(db, { name: "bench:api", role: "analyst" });
    const { secret: coordinator } = await createToken(db, { name: "bench:api coordinator", role: "coordinator" });
    const theme = (await db.driver.executeQuery("MATCH (:Project {id: $id})-[:ADDRESSES]->(t:Theme) RETURN t.id AS id LIMIT 1", { id: project }, { database: db.database })).records[0]?.get("id") as string | undefined;

    const themes = (await db.driver.executeQuery("MATCH (:Project)-[:ADDRESSES]->(t:Theme) WHERE NOT t.id IN [$theme] WITH t, count(*) AS n ORDER BY n DESC, t.id RETURN t.id AS id LIMIT 4", { theme: theme ?? "" }, { database: db.database })).records.map((r) => r.get("id") as string);
    const config = parseServiceEnv({ LOG_LEVEL: args["log-level"], UPLOAD_LIMIT: "100mb", ...(process.env.REQUEST_LOG_SAMPLE ? { REQUEST_LOG_SAMPLE: process.env.REQUEST_LOG_SAMPLE } : {}) });
    const logger = pino({ level: args["log-level"] }, destination({ dest: "/dev/null", sync: false }));
    const app = createApp({ db, config, logger });
    const server = createServer(app.handler);
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${secret}` };

    const seconds = Number(args.seconds);
    const connections = Number(args.connections);
    const suggestionsOf = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}/suggestions?limit=10`;
    const endpoints: { name: string; paths: string[]; public?: boolean }[] = [
      { name: "suggestions", paths: [suggestionsOf(project)] },
      { name: `suggestions-${projects.length}-projects`, paths: projects.map(suggestionsOf) },
      { name: "graph-project", paths: [`/api/v1/graph/projects/${encodeURIComponent(project)}`] },
      { name: "graph-project-depth-2", paths: [`/api/v1/graph/projects/${encodeURIComponent(project)}?depth=2`] },
      ...(theme ? [{ name: "graph-theme", paths: [`/api/v1/graph/themes/${encodeURIComponent(theme)}`] }] : []),
      { name: "graph-network", paths: ["/api/v1/graph/network"] },
      // What an embed asks, without a token.
      { name: "map-network", paths: ["/api/v1/maps/network"], public: true },
    ].filter((e) => !only || only.has(e.name) || (e.name.startsWith("suggestions-") && only.has("suggestions-projects")));
    // Single requests, before the load (which warms the caches): the whole network's default view and the largest views the limits allow.
    const single: [string, string][] = [
      ["network (default: projects, themes; 500)", "/api/v1/graph/network"],
      ["network (+partners, limit 2000)", "/api/v1/graph/network?kinds=project,theme,partner&limit=2000"],
      ["network map (public)", "/api/v1/maps/network"],
      ["project depth 2 (limit 1000)", `/api/v1/graph/projects/${encodeURIComponent(project)}?depth=2&limit=1000`],
      ...(theme ? ([["theme (limit 1000)", `/api/v1/graph/themes/${encodeURIComponent(theme)}?limit=1000`]] as [string, string][]) : []),
    ];
    const sizes: Record<string, string | number>[] = [];
    const timed = async (path: string) => measure(async () => {
      const res = await fetch(base + path, { headers });
      const text = await res.text();
      // An error answer (a problem document) has no attributes: its status says what happened.
      return { status: res.status, bytes: text.length, attributes: (JSON.parse(text) as { attributes?: Record<string, unknown> }).attributes ?? {}, text };
    });
    for (const [name, path] of only && !only.has("views") ? [] : single) {
      // The first request of a view in this server is computed; the next ones are cached bytes.
      const first = await timed(path);
      const cached: number[] = [];
      for (let i = 0; i < 5; i++) cached.push((await timed(path)).seconds * 1000);
      cached.sort((x, y) => x - y);
      const a = first.result.attributes;
      if (first.result.status !== 200) console.error(`${name}: ${first.result.status} ${first.result.text.slice(0, 300)}`);
      sizes.push({
        view: name, status: first.result.status, "uncached ms": Math.round(first.seconds * 1000), "cached ms (median of 5)": Number(cached[2]!.toFixed(1)),
        MB: Number((first.result.bytes / 2 ** 20).toFixed(2)), nodes: `${a.shownNodes} of ${a.totalNodes}`, edges: a.shownEdges as number, truncated: String(a.truncated),
      });
    }
    // The graph views' first request starts the graph view index's build in a worker thread of this
    // process: waited for here, so that the CPU per answer under load is the answers' alone.
    if (endpoints.length > 0) await viewIndex(db, (await currentDataVersion(db)).token);
    const load = () => loadavg().map((x) => x.toFixed(1)).join(", ");
    console.log(`load average at the start: ${load()}`);
    const modes = args.cannon === "both" ? ["inline", "child"] : [args.cannon!];
    // The bare ceiling: the same bytes, status and content type, from a plain node:http handler.
    const captured = new Map<string, { body: Buffer; type: string }>();
    const bare = createServer((req, res) => {
      const hit = captured.get(req.url ?? "");
      if (!hit) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": hit.type, "content-length": hit.body.length });
      res.end(hit.body);
    });
    bare.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const run = (mode: string, opts: CannonOptions) => (mode === "inline" ? autocannon(opts) : cannonInChild(opts));
    const rows: Record<string, string | number>[] = [];
    for (const { name, paths, public: anonymous } of endpoints) {
      const h = anonymous ? {} : headers;
      for (const path of paths) {
        // Warms the caches, and captures the bytes the bare server will answer.
        const res = await fetch(base + path, { headers: h });
        captured.set(path, { body: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "application/json" });
      }
      for (const mode of modes) {
        const opts = (url: string): CannonOptions => ({ url: url + paths[0], duration: seconds, connections, headers: h, ...(paths.length > 1 ? { requests: paths.map((path) => ({ method: "GET" as const, path })) } : {}) });
        // The server's CPU per answer (this process; autocannon in a child is not counted): on a
        // loaded machine the throughput follows the load, the CPU each answer costs much less.
        const cpuPerRequest = async (url: string) => {
          const before = process.cpuUsage();
          const result = await run(mode, opts(url));
          const used = process.cpuUsage(before);
          return { result, us: mode === "child" && result.requests.total > 0 ? (used.user + used.system) / result.requests.total : Number.NaN };
        };
        const { result: r, us } = await cpuPerRequest(base);
        const bareRun = args["skip-bare"] ? undefined : await cpuPerRequest(bareBase);
        const b = bareRun?.result;
        rows.push({
          endpoint: name, autocannon: mode, "req/s": Math.round(r.requests.average),
          "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, errors: r.errors + r.non2xx, timeouts: r.timeouts,
          KB: Number((captured.get(paths[0]!)!.body.length / 1024).toFixed(1)),
          "bare req/s": b ? Math.round(b.requests.average) : "-", "bare p50/p99 ms": b ? `${b.latency.p50}/${b.latency.p99}` : "-",
          "product / bare": b ? `${((100 * r.requests.average) / b.requests.average).toFixed(1)} %` : "-",
          "CPU µs/answer": Number.isNaN(us) ? "-" : Math.round(us), "bare CPU µs/answer": bareRun && !Number.isNaN(bareRun.us) ? Math.round(bareRun.us) : "-",
          "bare / product CPU": bareRun && !Number.isNaN(us) && !Number.isNaN(bareRun.us) ? `${((100 * bareRun.us) / us).toFixed(1)} %` : "-",
        });
      }
    }
    bare.closeAllConnections();
    bare.close();
    // A freshly started service, its read-ahead done: the first request of each view (after the
    // load above, so that the read-ahead's memory does not weigh on the ratios to the bare server).
    const first = only && !only.has("first-reads") ? [] : await firstReads(benchDatabase, config, logger, headers, { projects, themes: [...(theme ? [theme] : []), ...themes] });
    console.log(`\nproject ${project}${theme ? `, theme ${theme}` : ""}; suggestions of ${projects.join(", ")}; ${base}; log level ${args["log-level"]}; ${seconds} s per run, ${connections} connections; bare node:http at ${bareBase}`);
    printTable(rows);
    console.log("");
    printTable(sizes);
    if (first.length > 0) {
      console.log("\nfirst reads of a started service (each request a different subject or query; targets: p50 < 100 ms, recommendation < 200 ms)");
      printTable(first);
    }
    console.log(`load average at the end: ${load()}`);
    // /healthz every 10 ms while heavy work runs off the event loop: an analysis (child process),
    // a ~200k-row dry run upload and a whole-graph GEXF export (worker threads).
    const during: Record<string, string | number>[] = [];
    const wantsDuring = ["during-analysis", "during-dry-run", "during-export", "during-recommendations"].some((c) => !only || only.has(c));
    // Its start builds the read-ahead (degree order, the embed maps' layouts, list plans, the
    // recommender's indexes), and every completed run the maps and the recommender again, in the
    // service's thread: /healthz meanwhile is a row of its own, and the next case waits for them,
    // so that no case is charged with another's work.
    const service = wantsDuring && args["during-server"] === "child"
      ? await startServiceProcess(db, { env: { UPLOAD_LIMIT: "100mb" }, nodeArgs: args["server-node-args"]!.split(" ").filter(Boolean), ...(args["server-log"] ? { logFile: args["server-log"] } : {}) })
      : undefined;
    try {
      const at = service?.url ?? base;
      if (service) {
        console.log(`\nthe during-* cases ask diagonal serve in its own process (pid ${service.pid}, ${service.build}) at ${service.url}`);
        const built = service.nextLog("recommender built ahead", 900_000);
        during.push(duringRow("the start's read-ahead", await healthWhile(at, settledState(built.then(() => "built")))));
      }
      if (!only || only.has("during-analysis")) {
        const rebuilt = service && Promise.all([service.nextLog("embed maps built", 900_000), service.nextLog("recommender built ahead", 900_000)]);
        during.push(await healthDuringAnalysis(at, headers));
        if (rebuilt) during.push(duringRow("the maps' and recommender's rebuild after the run", await healthWhile(at, settledState(rebuilt.then(() => "built")))));
      }
      if (!only || only.has("during-dry-run")) during.push(await healthDuringDryRun(at, { authorization: `Bearer ${coordinator}` }, Number(args["dry-run-projects"]), service ? service.rss : undefined));
      if (!only || only.has("during-export")) during.push(await healthDuringExport(at, headers));
      if (!only || only.has("during-recommendations")) during.push(await healthDuringRecommendations(at, headers, theme));
    } finally {
      await service?.stop();
    }
    if (during.length > 0) {
      console.log("");
      printTable(during);
    }
    server.closeAllConnections();
    server.close();
  } finally {
    await db.close();
  }
}

await main();
