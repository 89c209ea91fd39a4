// Neo4j going away under a running API: answers become 503 + Retry-After (not hangs, not 500),
// /readyz says unavailable, and once Neo4j is back the same process answers 200 again without a
// restart. The service talks to the test database through an in-process TCP proxy; cutting the
// proxy is, for the driver, exactly a server that went away, and takes no server restart.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import neo4j, { type Driver } from "neo4j-driver";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { parseServiceEnv } from "../../src/config/service-env.ts";
import type { Database } from "../../src/db/index.ts";
import { createApp } from "../../src/http/app.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";
import { boltAddress, TcpProxy } from "../support/tcp-proxy.ts";

let t: TestDb;
let proxy: TcpProxy;
let driver: Driver;
let server: Server;
let url: string;

beforeAll(async () => {
  t = await testDb();
  await t.clear();
  await t.rows("CREATE (:Theme {id: 'talent', nameNl: 'Talent', nameEn: 'Talent'})");
  const config = inject("neo4j");
  const target = boltAddress(config.uri);
  proxy = new TcpProxy(target.host, target.port);
  const port = await proxy.listen();
  // Through a proxy on 127.0.0.1 the server's routing table would point past it: talk Bolt directly.
  const scheme = target.scheme.endsWith("+s") || target.scheme.endsWith("+ssc") ? "bolt+ssc" : "bolt";
  driver = neo4j.driver(`${scheme}://127.0.0.1:${port}`, neo4j.auth.basic(config.user, config.password), {
    maxTransactionRetryTime: 1000,
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
  });
  const db: Database = { driver, database: config.database, config: { ...config, uri: `${scheme}://127.0.0.1:${port}` }, close: () => driver.close() };
  const app = createApp({ db, config: parseServiceEnv({ RETRY_AFTER_SECONDS: "7" }), logger: pino({ level: "silent" }) });
  server = createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await driver?.close();
  await proxy?.close();
  await t.clear();
  await t.close();
});

describe("Neo4j outage", () => {
  it("503 with Retry-After while Neo4j is down, 200 again when it is back, same process", async () => {
    const themes = () => fetch(`${url}/api/v1/themes`);
    expect((await themes()).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    await proxy.cut();
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

    await proxy.restore();
    let back: Response | undefined;
    for (let i = 0; i < 100; i++) {
      back = await themes();
      if (back.status === 200) break;
      expect(back.status).toBe(503);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(back!.status).toBe(200);
    expect(((await back!.json()) as { items: unknown }).items).toEqual([{ id: "talent", nameNl: "Talent", nameEn: "Talent" }]);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
