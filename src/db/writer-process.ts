// Who writes a long, multi-transaction piece of work (an analysis run, a staged import): host and
// process id, stored with the work, so that the next start can tell a crashed writer (a process
// on this host that no longer exists) from one still running.
import { hostname } from "node:os";

/** This process as a writer: "host:pid". */
export const THIS_WRITER = `${hostname()}:${process.pid}`;

/** True when the writer is a process on this host that no longer exists (it crashed or was killed). */
export function writerIsGone(writer: unknown, host = hostname()): boolean {
  if (typeof writer !== "string") return false;
  const at = writer.lastIndexOf(":");
  const pid = Number(writer.slice(at + 1));
  if (writer.slice(0, at) !== host || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** How often, by default, a running service looks for staged imports whose writer stopped (IMPORT_SWEEP_SECONDS). */
export const IMPORT_SWEEP_DEFAULT_SECONDS = 60;
