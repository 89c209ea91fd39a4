// An in-process TCP proxy in front of Neo4j, for outage tests: cut() drops every connection and stops
// listening (what clients see when the server goes away), restore() listens on the same port again.
// Seconds instead of the minute a real server stop and start takes, and nobody else's server is touched.
import { createConnection, createServer, type Server, type Socket } from "node:net";

export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly targetHost: string, private readonly targetPort: number) {}

  /** Starts listening (on a free port the first time, on the same port after a cut). */
  async listen(): Promise<number> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.setNoDelay(true);
        s.once("close", () => this.sockets.delete(s));
        s.on("error", () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  /** Neo4j "goes away": open connections are dropped and new ones are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Neo4j "is back" on the same address. */
  restore(): Promise<number> {
    return this.listen();
  }

  close(): Promise<void> {
    return this.cut();
  }
}

/** Host and port of a Bolt URI (bolt://h:p, neo4j+s://h, …). */
export function boltAddress(uri: string): { scheme: string; host: string; port: number } {
  const u = new URL(uri);
  return { scheme: u.protocol.replace(/:$/, ""), host: u.hostname, port: Number(u.port || 7687) };
}
