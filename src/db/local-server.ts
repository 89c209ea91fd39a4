// The project's own Neo4j server (scripts/neo4j.mjs): its Bolt address, started if it is not running.
import { spawnSync } from "node:child_process";
import { createConnection } from "node:net";
import { fileURLToPath } from "node:url";
import type { Neo4jConfig } from "./config.ts";

const SCRIPT = fileURLToPath(new URL("../../scripts/neo4j.mjs", import.meta.url));

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

export async function localServerConfig(port: number, password: string, instance: string): Promise<Neo4jConfig> {
  if (!(await boltAnswers(port))) {
    const run = spawnSync(process.execPath, [SCRIPT, "start", "--instance", instance, "--port", String(port)], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`the local Neo4j server did not start (node scripts/neo4j.mjs start --instance ${instance} exited ${run.status})`);
  }
  return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, origin: "local" };
}
