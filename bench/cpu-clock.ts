// CPU seconds used so far by this process and, when its process id is known, by the Neo4j server:
// on a machine shared with other work, the CPU a stage costs is steadier than its wall clock.
// The server's id: --server-pid, DIAGONAL_BENCH_NEO4J_PID, or the pid file of a local instance
// (.neo4j/<instance>/run/neo4j.pid, the instance given by DIAGONAL_BENCH_NEO4J_INSTANCE). Linux only
// for the server (/proc/<pid>/stat); elsewhere the server's column stays empty.
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface CpuReading {
  /** This process: user + system seconds. */
  client: number;
  /** The Neo4j server: user + system seconds, when its process can be read. */
  server?: number;
}

export function serverPid(given?: string): number | undefined {
  const instance = process.env.DIAGONAL_BENCH_NEO4J_INSTANCE;
  const fromFile = instance && existsSync(`.neo4j/${instance}/run/neo4j.pid`) ? readFileSync(`.neo4j/${instance}/run/neo4j.pid`, "utf8").trim() : undefined;
  const raw = given ?? process.env.DIAGONAL_BENCH_NEO4J_PID ?? fromFile;
  if (raw === undefined) return undefined;
  const pid = Number(raw);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`server pid: expected a process id, got "${raw}"`);
  return pid;
}

function serverSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return undefined;
  }
}

export function cpuNow(pid: number | undefined): CpuReading {
  const { user, system } = process.cpuUsage();
  const server = serverSeconds(pid);
  return { client: (user + system) / 1e6, ...(server === undefined ? {} : { server }) };
}

/** The load averages over 1, 5 and 15 minutes, as uptime prints them. */
export const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(", ");
