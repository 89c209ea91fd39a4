// Neo4j going away under a running API: answers become 503 + Retry-After (not hangs, not 500),
// /readyz says unavailable, and once Neo4j is back the same process answers 200 again without a
// restart. The test runs its own throwaway Neo4j instance (scripts/neo4j.mjs), so stopping it
// touches nobody else's data; DIAGONAL_OUTAGE_INSTANCE / DIAGONAL_OUTAGE_PORT choose it.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseServiceEnv } from "../../src/config/service-env.ts";
import { applySchema, type Database } from "../../src/db/index.ts";
import { createApp } from "../../src/http/app.ts";

const run = promisify(execFile);
const INSTANCE = process.env.DIAGONAL_OUTAGE_INSTANCE ?? "http-outage";
const PORT = Number(process.env.DIAGONAL_OUTAGE_PORT ?? 7695);
const PASSWORD = process.env.DIAGONAL_NEO4J_PASSWORD ?? "diagonal-local";
const neo4jScript = (command: "start" | "stop") => run(process.execPath, ["scripts/neo4j.mjs", command, "--instance", INSTANCE, "--port", String(PORT)], { timeout: 240_000 });

let startError: string | undefined;
let driver: Driver;
let server: Server;
let url: string;

beforeAll(async () => {
  try {
    await neo4jScript("start");
  } catch (err) {
    startError = (err as { stderr?: string; message: string }).stderr || (err as Error).message;
    return;
  }
  driver = neo4j.driver(`bolt://127.0.0.1:${PORT}`, neo4j.auth.basic("neo4j", PASSWORD), {
    maxTransactionRetryTime: 1000,
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
  });
  await applySchema(driver);
  const session = driver.session();
  try {
    await session.run("MATCH (n) DETACH DELETE n");
    await session.run("CREATE (:Theme {id: 'talent', nameNl: 'Talent', nameEn: 'Talent'})");
  } finally {
    await session.close();
  }
  const db: Database = { driver, config: { uri: `bolt://127.0.0.1:${PORT}`, user: "neo4j", password: PASSWORD, origin: "env" }, close: () => driver.close() };
  const app = createApp({ db, config: parseServiceEnv({ RETRY_AFTER_SECONDS: "7" }), logger: pino({ level: "silent" }) });
  server = createServer(app.app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await driver?.close();
  if (!startError) await neo4jScript("stop").catch(() => undefined);
}, 120_000);

describe("Neo4j outage", () => {
  it("503 with Retry-After while Neo4j is down, 200 again when it is back, same process", async (ctx) => {
    if (startError) ctx.skip(`cannot start a throwaway Neo4j (${INSTANCE} on ${PORT}): ${startError.trim().split("\n").pop()}`);
    const themes = () => fetch(`${url}/api/v1/themes`);
    expect((await themes()).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    await neo4jScript("stop");
    const started = Date.now();
    const down = await themes();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("7");
    expect(down.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await down.json()) as { type: string }).type).toBe("/api/docs#problem-database-unavailable");
    expect(Date.now() - started).toBeLessThan(15_000); // an answer, not a hang until the client gives up
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get("retry-after")).toBe("7");

    await neo4jScript("start");
    let back: Response | undefined;
    for (let i = 0; i < 60; i++) {
      back = await themes();
      if (back.status === 200) break;
      expect(back.status).toBe(503);
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(back!.status).toBe(200);
    expect(((await back!.json()) as { items: unknown }).items).toEqual([{ id: "talent", nameNl: "Talent", nameEn: "Talent" }]);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  }, 400_000);
});
