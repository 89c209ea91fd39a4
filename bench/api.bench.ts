// HTTP API throughput and latency on loopback with autocannon: one project's suggestions (with an
// analyst token) and the bounded graph views, on the whole CORDIS H2020 data imported and analysed.
// Prints requests/s, p50/p99 latency and errors (non-2xx answers and connection errors, timeouts
// among them) per endpoint; asserts nothing.
// Target: ≥ 1000 req/s for one project's suggestions, p99 ≤ 50 ms, zero errors over 30 s.
//   npm run bench:api [-- --seconds 30 --connections 20 --projects 5000 --reuse --reanalyse --cannon child|inline|both]
// --projects N reads only the first N CORDIS projects; --reuse keeps the imported data (and the
// latest analysis, if there is one); --reanalyse runs a fresh analysis all the same. --cannon: where autocannon runs —
// in this process beside the server ("inline"), or in a child process ("child", the default; on
// a small machine the load generator then competes with the server for CPU like a real client on
// the same host would, but no longer stalls the server's event loop); "both" prints both.
// --only a,b runs some cases: suggestions, suggestions-projects, graph-project, graph-project-depth-2,
// graph-theme, views (the single large requests).
// The service logs at info level (to /dev/null), as in production; --log-level changes that.
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { destination, pino } from "pino";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import { getSuggestions, listRuns, runAnalysis } from "../src/services/analysis/index.ts";
import { importDataset } from "../src/services/import-service.ts";
import { createToken } from "../src/services/tokens.ts";
import { readCordis } from "../src/sources/cordis.ts";
import { benchDatabase, measure, printTable, wipe } from "./bench-db.ts";

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
  },
});
const only = args.only ? new Set(args.only.split(",")) : undefined;
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
    const theme = (await db.driver.executeQuery("MATCH (:Project {id: $id})-[:ADDRESSES]->(t:Theme) RETURN t.id AS id LIMIT 1", { id: project }, { database: db.database })).records[0]?.get("id") as string | undefined;

    const config = parseServiceEnv({ LOG_LEVEL: args["log-level"] });
    const logger = pino({ level: args["log-level"] }, destination({ dest: "/dev/null", sync: false }));
    const app = createApp({ db, config, logger });
    const server = createServer(app.app);
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { authorization: `Bearer ${secret}` };

    const seconds = Number(args.seconds);
    const connections = Number(args.connections);
    const suggestionsOf = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}/suggestions?limit=10`;
    const endpoints: { name: string; paths: string[] }[] = [
      { name: "suggestions", paths: [suggestionsOf(project)] },
      { name: `suggestions-${projects.length}-projects`, paths: projects.map(suggestionsOf) },
      { name: "graph-project", paths: [`/api/v1/graph/projects/${encodeURIComponent(project)}`] },
      { name: "graph-project-depth-2", paths: [`/api/v1/graph/projects/${encodeURIComponent(project)}?depth=2`] },
      ...(theme ? [{ name: "graph-theme", paths: [`/api/v1/graph/themes/${encodeURIComponent(theme)}`] }] : []),
    ].filter((e) => !only || only.has(e.name) || (e.name.startsWith("suggestions-") && only.has("suggestions-projects")));
    const modes = args.cannon === "both" ? ["inline", "child"] : [args.cannon!];
    const rows: Record<string, string | number>[] = [];
    for (const { name, paths } of endpoints) {
      for (const path of paths) await fetch(base + path, { headers }); // warm the caches
      for (const mode of modes) {
        const opts: CannonOptions = { url: base + paths[0], duration: seconds, connections, headers, ...(paths.length > 1 ? { requests: paths.map((path) => ({ method: "GET" as const, path })) } : {}) };
        const r = await (mode === "inline" ? autocannon(opts) : cannonInChild(opts));
        rows.push({
          endpoint: name, autocannon: mode, seconds, connections, "req/s": Math.round(r.requests.average), requests: r.requests.total,
          "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, "max ms": r.latency.max,
          errors: r.errors + r.non2xx, "of which non-2xx": r.non2xx, timeouts: r.timeouts,
        });
      }
    }
    // Single requests: the whole network's default view and the largest views the limits allow.
    const single: [string, string][] = [
      ["network (default: projects, themes; 500)", "/api/v1/graph/network"],
      ["network (+partners, limit 2000)", "/api/v1/graph/network?kinds=project,theme,partner&limit=2000"],
      ["project depth 2 (limit 1000)", `/api/v1/graph/projects/${encodeURIComponent(project)}?depth=2&limit=1000`],
      ...(theme ? ([["theme (limit 1000)", `/api/v1/graph/themes/${encodeURIComponent(theme)}?limit=1000`]] as [string, string][]) : []),
    ];
    const sizes: Record<string, string | number>[] = [];
    for (const [name, path] of only && !only.has("views") ? [] : single) {
      const one = await measure(async () => {
        const res = await fetch(base + path, { headers });
        const text = await res.text();
        return { status: res.status, bytes: text.length, attributes: (JSON.parse(text) as { attributes: Record<string, unknown> }).attributes };
      });
      const a = one.result.attributes;
      sizes.push({ view: name, status: one.result.status, ms: Math.round(one.seconds * 1000), MB: Number((one.result.bytes / 2 ** 20).toFixed(2)), nodes: `${a.shownNodes} of ${a.totalNodes}`, edges: a.shownEdges as number, truncated: String(a.truncated) });
    }
    console.log(`\nproject ${project}${theme ? `, theme ${theme}` : ""}; suggestions of ${projects.join(", ")}; ${base}; log level ${args["log-level"]}`);
    printTable(rows);
    console.log("");
    printTable(sizes);
    server.closeAllConnections();
    server.close();
  } finally {
    await db.close();
  }
}

await main();
