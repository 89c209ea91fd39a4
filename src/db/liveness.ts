// A write raced against a liveness probe of the server: when Neo4j goes away during a long write,
// the driver first retries the transaction for its retry time (and each new connection may wait
// for its connection timeout), so a command learned of the loss only 7–15 s later. While the
// write is pending, a plain TCP connection to the server's Bolt address is opened every
// `everyMs`; after `failures` refused or silent probes in a row the write is given up with a
// connection-lost error (code ServiceUnavailable), within about two seconds. A healthy server
// accepts the probe however long its transaction takes, so a slow import is never cut short.
import { connect as tcpConnect } from "node:net";

export interface LivenessOptions {
  /** Probe every this many ms while the write is pending (the first after as long). */
  everyMs: number;
  /** A probe not answered within this many ms counts as a failure. */
  timeoutMs: number;
  /** This many failed probes in a row: the server is gone. */
  failures: number;
}

export const LIVENESS_DEFAULTS: LivenessOptions = { everyMs: 500, timeoutMs: 1_500, failures: 2 };

/** The host and port a Bolt URI (bolt://, neo4j://, neo4j+s://, …) reaches; 7687 when none is given. */
export function boltEndpoint(uri: string): { host: string; port: number } {
  const u = new URL(uri);
  return { host: u.hostname, port: Number(u.port || 7687) };
}

/** True when a TCP connection to the address opens within `timeoutMs`. */
export function tcpReachable(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The server stopped answering the liveness probe while a write was pending. */
export class ServerGoneError extends Error {
  override name = "ServerGoneError";
  readonly code = "ServiceUnavailable";
  constructor(uri: string, failures: number) {
    super(`Failed to connect to server: ${uri} refused or ignored ${failures} connection attempts in a row while a write was pending`);
  }
}

/** `write`, or a ServerGoneError as soon as the server at `uri` stops accepting connections. */
export async function whileServerAnswers<T>(uri: string, write: Promise<T>, options: LivenessOptions = LIVENESS_DEFAULTS): Promise<T> {
  const { host, port } = boltEndpoint(uri);
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  const gone = new Promise<never>((_, reject) => {
    let failed = 0;
    const probe = async () => {
      if (settled) return;
      failed = (await tcpReachable(host, port, options.timeoutMs)) ? 0 : failed + 1;
      if (settled) return;
      if (failed >= options.failures) reject(new ServerGoneError(uri, failed));
      else timer = setTimeout(() => void probe(), options.everyMs);
    };
    timer = setTimeout(() => void probe(), options.everyMs);
  });
  // The write's own failure after the race was decided is not a new error.
  write.catch(() => undefined);
  try {
    return await Promise.race([write, gone]);
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}
