// The liveness probe that races a write: a write to a server that accepts connections is waited
// for however long it takes; once the server refuses connections, a pending write is given up
// within about two probe periods with an error the CLI recognises as a lost connection.
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isConnectionLost } from "../../src/db/connection-lost.ts";
import { boltEndpoint, ServerGoneError, whileServerAnswers } from "../../src/db/liveness.ts";

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listening(): Promise<number> {
  server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

const fast = { everyMs: 50, timeoutMs: 500, failures: 2 };
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("whileServerAnswers", () => {
  it("waits for a slow write while the server accepts connections", async () => {
    const port = await listening();
    await expect(whileServerAnswers(`bolt://127.0.0.1:${port}`, later(600, "written"), fast)).resolves.toBe("written");
  });

  it("passes the write's own failure on", async () => {
    const port = await listening();
    await expect(whileServerAnswers(`bolt://127.0.0.1:${port}`, Promise.reject(new Error("constraint")), fast)).rejects.toThrow("constraint");
  });

  it("gives a pending write up as a lost connection once the server refuses connections", async () => {
    const port = await listening();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const started = performance.now();
    const err = await whileServerAnswers(`neo4j://127.0.0.1:${port}`, new Promise(() => {}), fast).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServerGoneError);
    expect(isConnectionLost(err)).toBe(true);
    expect((err as Error).message).toContain(`127.0.0.1:${port}`);
    // Two failed probes, 50 ms apart: well under the driver's seconds of retries.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("reads the Bolt address of any URI scheme, 7687 by default", () => {
    expect(boltEndpoint("neo4j+s://graph.example.org")).toEqual({ host: "graph.example.org", port: 7687 });
    expect(boltEndpoint("bolt://127.0.0.1:7688")).toEqual({ host: "127.0.0.1", port: 7688 });
  });
});
