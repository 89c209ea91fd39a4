// Round-trip latency of one small read (a result of about 8 KB) over Bolt, with the driver's sockets
// as neo4j-driver opens them and with TCP_NODELAY (src/db/tcp-nodelay.ts). Prints medians and p90
// of N sequential queries; uses this checkout's bench instance or NEO4J_URI.
import neo4j from "neo4j-driver";
import { resolveNeo4j } from "../src/db/index.ts";
import { installTcpNoDelay } from "../src/db/tcp-nodelay.ts";

const N = Number(process.env.BENCH_QUERIES ?? 200);
const QUERY = "UNWIND range(1, 200) AS i RETURN i, 'value-' + toString(i) + '-padding-padding' AS text";

async function measure(label: string): Promise<void> {
  const { config } = await resolveNeo4j("bench");
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    await driver.executeQuery(QUERY, {}, { database: config.database, routing: "READ" });
    const times: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await driver.executeQuery(QUERY, {}, { database: config.database, routing: "READ" });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    console.log(`${label.padEnd(22)} median ${at(0.5).padStart(7)} ms   p90 ${at(0.9).padStart(7)} ms   (${N} queries)`);
  } finally {
    await driver.close();
  }
}

await measure("driver default");
installTcpNoDelay();
await measure("TCP_NODELAY");
