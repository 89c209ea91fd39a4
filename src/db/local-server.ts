// The project's own Neo4j server (scripts/neo4j.mjs): the Bolt address of this checkout's instance,
// started if it is not running. Instances, their default ports and the variables that override them
// are declared once, in scripts/neo4j/instances.json. The test and bench instances are always this
// checkout's own process (found by its pid file, never by "something answers on the port"), so two
// checkouts on one machine never share, and wipe, each other's database.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createConnection } from "node:net";
import { fileURLToPath } from "node:url";
import type { Neo4jConfig } from "./config.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCRIPT = `${ROOT}scripts/neo4j.mjs`;

export interface InstanceSetting {
  port: number;
  /** Environment variable that sets the port. */
  env: string;
  /** Whether a free port may replace the default when another process holds it. */
  movable: boolean;
}

export const LOCAL_INSTANCES: Record<string, InstanceSetting> = JSON.parse(readFileSync(`${ROOT}scripts/neo4j/instances.json`, "utf8"));

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The Bolt port of this checkout's running instance, or undefined when it is not running. */
export function runningInstancePort(instance: string): number | undefined {
  const run = `${ROOT}.neo4j/${instance}/run/`;
  if (!existsSync(`${run}neo4j.pid`) || !existsSync(`${run}bolt.port`)) return undefined;
  const pid = Number(readFileSync(`${run}neo4j.pid`, "utf8").trim());
  if (!Number.isInteger(pid) || !alive(pid)) return undefined;
  const port = Number(readFileSync(`${run}bolt.port`, "utf8").trim());
  return Number.isInteger(port) ? port : undefined;
}

/**
 * This checkout's instance: running → its port; not running → started (progress shows on the
 * terminal). The `main` instance also accepts a server someone else started on its port (a shared
 * development server); `test` and `bench` never do.
 */
export async function localServerConfig(instance: string, password: string, port?: number): Promise<Neo4jConfig> {
  const setting = LOCAL_INSTANCES[instance];
  const uri = (p: number): Neo4jConfig => ({ uri: `bolt://127.0.0.1:${p}`, user: "neo4j", password, origin: "local" });
  const running = runningInstancePort(instance);
  if (running !== undefined) return uri(running);
  const wanted = port ?? setting?.port;
  if (setting && !setting.movable && wanted !== undefined && (await boltAnswers(wanted))) return uri(wanted);
  const args = [SCRIPT, "start", "--instance", instance, ...(port !== undefined ? ["--port", String(port)] : [])];
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (run.status !== 0) throw new Error(`the local Neo4j server did not start (node scripts/neo4j.mjs start --instance ${instance} exited ${run.status})`);
  const started = runningInstancePort(instance);
  if (started === undefined) throw new Error(`the local Neo4j instance "${instance}" reported a start but has no running process`);
  return uri(started);
}
