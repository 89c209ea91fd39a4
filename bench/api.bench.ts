// HTTP API throughput and latency on loopback with autocannon: one project's suggestions (with an
// analyst token) and the graph views, on the CORDIS H2020 data imported and analysed. Prints
// requests/s, p50/p99 latency and errors per endpoint; asserts nothing.
// Target: ≥ 1000 req/s for one project's suggestions, p99 ≤ 50 ms, zero errors over 30 s.
//   npm run bench:api [-- --seconds 30 --connections 20 --projects 5000 --reuse]
// --projects N reads only the first N CORDIS projects; --reuse keeps an already analysed database.
// Needs a database it may empty: an empty one, or DIAGONAL_BENCH_WIPE=1.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { parseServiceEnv } from "../src/config/service-env.ts";
import { createApp } from "../src/http/app.ts";
import { getSuggestions, listRuns, runAnalysis } from "../src/services/analysis-service.ts";
import { importDataset } from "../src/services/import-service.ts";
import { createToken } from "../src/services/tokens.ts";
import { readCordis } from "../src/sources/cordis.ts";
import { benchDatabase, datasetSlices, measure, printTable, wipe } from "./bench-db.ts";

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  throughput: { average: number };
}
type Cannon = (opts: { url: string; duration: number; connections: number; pipelining?: number; headers?: Record<string, string> }) => Promise<CannonResult>;

// autocannon ships no type declarations; its shape is described above.
const cannonModule = "autocannon";
const autocannon = ((await import(cannonModule)) as { default: Cannon }).default;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    projects: { type: "string" },
    reuse: { type: "boolean", default: false },
  },
});

async function main() {
  const db = await benchDatabase();
  try {
    if (!args.reuse || (await listRuns(db)).length === 0) {
      await wipe(db);
      const dataset = await readCordis(args.projects ? { maxProjects: Number(args.projects) } : {});
      const load = await measure(async () => {
        for (const slice of datasetSlices(dataset, 5_000)) await importDataset(db, slice);
      });
      const analysis = await measure(() => runAnalysis(db, {}));
      console.log(`loaded ${dataset.projects.length} CORDIS projects in ${load.seconds.toFixed(1)} s; analysed in ${analysis.seconds.toFixed(1)} s (${analysis.result.counts.suggestions} suggestions)`);
    }
    const [top] = await getSuggestions(db, { limit: 1 });
    if (!top) throw new Error("the analysis produced no suggestions; nothing to benchmark");
    const project = top.a;
    const { secret } = await createToken(db, { name: "bench:api", role: "analyst" });
    const theme = (await db.driver.executeQuery("MATCH (:Project {id: $id})-[:ADDRESSES]->(t:Theme) RETURN t.id AS id LIMIT 1", { id: project }, { database: db.database })).records[0]?.get("id") as string | undefined;

    const config = parseServiceEnv({ LOG_LEVEL: "silent" });
    const app = createApp({ db, config, logger: pino({ level: "silent" }) });
    const server = createServer(app.app);
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const seconds = Number(args.seconds);
    const connections = Number(args.connections);
    const endpoints: [string, string, number][] = [
      ["project suggestions", `/api/v1/projects/${encodeURIComponent(project)}/suggestions?limit=10`, seconds],
      ["project with neighbours (baseline: one query)", `/api/v1/projects/${encodeURIComponent(project)}`, seconds],
      ["graph: project neighbourhood", `/api/v1/graph/projects/${encodeURIComponent(project)}`, seconds],
      ...(theme ? ([["graph: theme", `/api/v1/graph/themes/${encodeURIComponent(theme)}`, Math.min(seconds, 10)]] as [string, string, number][]) : []),
    ];
    const rows: Record<string, string | number>[] = [];
    for (const [name, path, duration] of endpoints) {
      await fetch(base + path, { headers: { authorization: `Bearer ${secret}` } }); // warm the caches
      const r = await autocannon({ url: base + path, duration, connections, headers: { authorization: `Bearer ${secret}` } });
      rows.push({
        endpoint: name, seconds: duration, connections, "req/s": Math.round(r.requests.average), requests: r.requests.total,
        "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, "max ms": r.latency.max, errors: r.errors + r.timeouts, non2xx: r.non2xx,
      });
    }
    const whole = await measure(async () => {
      const res = await fetch(`${base}/api/v1/graph/network`, { headers: { authorization: `Bearer ${secret}` } });
      return (await res.text()).length;
    });
    rows.push({ endpoint: "graph: whole network (1 request)", seconds: Number(whole.seconds.toFixed(2)), connections: 1, "req/s": "", requests: 1, "p50 ms": Math.round(whole.seconds * 1000), "p99 ms": "", "max ms": "", errors: 0, non2xx: `${(whole.result / 2 ** 20).toFixed(1)} MB` });
    console.log(`\nproject ${project}${theme ? `, theme ${theme}` : ""}; ${base}`);
    printTable(rows);
    server.closeAllConnections();
    server.close();
  } finally {
    await db.close();
  }
}

await main();
