// The maps' event stream over HTTP against the real Neo4j: a new listener hears the current
// version at once; a completed analysis run and a decided suggestion each announce a new version
// (with the run's id), nothing is announced while nothing changes; the stream carries nothing private;
// the embed pages preload their own map's data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { MapVersionEvent } from "../../src/schemas/maps.ts";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
  await runAnalysis(h.db, { seed: 1 });
});
afterAll(async () => { await h.close(); });

/** Opens the stream and reads its events as they come. */
async function listen() {
  const abort = new AbortController();
  const res = await fetch(`${h.url}/api/v1/maps/events`, { signal: abort.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const raw: string[] = [];
  return {
    res,
    raw,
    /** The next `version` event, within `ms`. */
    async next(ms = 10_000): Promise<MapVersionEvent> {
      const until = Date.now() + ms;
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          raw.push(block);
          if (block.startsWith("event: version\n")) return MapVersionEvent.parse(JSON.parse(block.split("\ndata: ")[1]!));
          continue;
        }
        const chunk = await Promise.race([reader.read(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), Math.max(0, until - Date.now())))]);
        if (chunk === "timeout") throw new Error("no version event in time");
        if (chunk.done) throw new Error("the stream ended");
        buffer += chunk.value;
      }
    },
    close: () => abort.abort(),
  };
}

describe("map events", () => {
  it("announces the current version at once, then each completed run and each decision", async () => {
    const stream = await listen();
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      expect(stream.res.headers.get("cache-control")).toContain("no-cache");
      const map = await h.call("public", "GET", "/api/v1/maps/network");
      const first = await stream.next();
      expect(first.runId).toBe(map.json.attributes.runId);

      const run = await runAnalysis(h.db, { seed: 2 });
      const second = await stream.next();
      expect(second.runId).toBe(run.id);
      expect(second.version).not.toBe(first.version);

      // A suggestion decided changes the maps (it leaves them): announced too, same run.
      const top = await h.call("coordinator", "GET", "/api/v1/suggestions?limit=1");
      expect((await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(top.json.items[0].id)}/decision`, { decision: "reject", note: "PRIVATE-NOTE-events" })).status).toBe(200);
      const third = await stream.next();
      expect(third.runId).toBe(run.id);
      expect(third.version).not.toBe(second.version);
      for (const block of stream.raw) expect(block).not.toContain("PRIVATE-NOTE");
    } finally {
      stream.close();
    }
  });

  it("announces nothing while nothing changes, and a second listener hears the same version", async () => {
    const a = await listen();
    const b = await listen();
    try {
      const [va, vb] = [await a.next(), await b.next()];
      expect(vb).toEqual(va);
      await expect(a.next(4500)).rejects.toThrow("no version event in time");
    } finally {
      a.close();
      b.close();
    }
  });
});

describe("embed pages", () => {
  it("preload their own map's data, so it loads beside the scripts", async () => {
    const network = await (await fetch(`${h.url}/embed/network`)).text();
    expect(network).toContain('<link rel="preload" href="/api/v1/maps/network" as="fetch" crossorigin="anonymous" />');
    const theme = await (await fetch(`${h.url}/embed/theme/talent`)).text();
    expect(theme).toContain('href="/api/v1/maps/themes/talent" as="fetch"');
  });
});
