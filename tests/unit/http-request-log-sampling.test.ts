// Request-log sampling with a real HTTP server and a real pino logger writing to memory: one read
// in n is logged, every write is, and every answer carries its request id.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { requestLog } from "../../src/http/request-log.ts";

async function serveWith(sample: number) {
  const lines: { req?: { method: string; url: string } }[] = [];
  const sink = new Writable({ write(chunk, _enc, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  const app = express();
  app.use(requestLog(pino({ level: "info" }, sink), sample));
  app.get("/read", (_req, res) => { res.json({ ok: true }); });
  app.post("/write", (_req, res) => { res.status(201).json({ ok: true }); });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

describe("request log sampling", () => {
  it("logs one read in four at 0.25, every write, and sends a request id with every answer", async () => {
    const s = await serveWith(0.25);
    try {
      const ids = new Set<string>();
      for (let i = 0; i < 8; i++) ids.add((await fetch(`${s.url}/read`)).headers.get("x-request-id")!);
      for (let i = 0; i < 3; i++) ids.add((await fetch(`${s.url}/write`, { method: "POST" })).headers.get("x-request-id")!);
      const kept = (await fetch(`${s.url}/read`, { headers: { "x-request-id": "trace-1" } })).headers.get("x-request-id");
      expect(kept).toBe("trace-1");
      expect(ids.size).toBe(11);
      await new Promise((r) => setTimeout(r, 20));
      const logged = s.lines.filter((l) => l.req).map((l) => `${l.req!.method} ${l.req!.url}`);
      expect(logged.filter((l) => l === "GET /read")).toHaveLength(2);
      expect(logged.filter((l) => l === "POST /write")).toHaveLength(3);
    } finally {
      await s.close();
    }
  });

  it("logs every request at 1 and no read at 0", async () => {
    for (const [sample, reads] of [[1, 5], [0, 0]] as const) {
      const s = await serveWith(sample);
      try {
        for (let i = 0; i < 5; i++) await fetch(`${s.url}/read`);
        await fetch(`${s.url}/write`, { method: "POST" });
        await new Promise((r) => setTimeout(r, 20));
        const logged = s.lines.filter((l) => l.req).map((l) => l.req!.method);
        expect(logged.filter((m) => m === "GET")).toHaveLength(reads);
        expect(logged.filter((m) => m === "POST")).toHaveLength(1);
      } finally {
        await s.close();
      }
    }
  });
});
