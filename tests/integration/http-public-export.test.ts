// The anonymous graph export: built once per format and data version into a file, then served from
// it with a strong ETag (304 on If-None-Match) until the data changes; concurrent first requests
// share one build; builds beyond the cap get 503 with Retry-After; anonymous exports are
// rate-limited per client address (429), callers with a token are not. A worker thread writes the file.
import { readdir } from "node:fs/promises";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as exportFile from "../../src/services/off-loop/export-file.ts";
import { seedNetwork, startHarness, type Harness } from "./http-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "diagonal-export-cache-test-"));
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUST_PROXY: "loopback", EXPORT_CACHE_DIR: dir, RATE_LIMIT_EXPORT_MAX: "8", PUBLIC_EXPORT_BUILDS_MAX: "1", RETRY_AFTER_SECONDS: "9" });
  await h.test.clear();
  await seedNetwork(h.test);
  await h.newTokens();
});
afterAll(async () => {
  await h.app.services.publicExports.clear();
  await h.close();
});

const get = (client: string, path: string, headers: Record<string, string> = {}) => h.call("public", "GET", path, undefined, { "x-forwarded-for": client, ...headers });

describe("public export", () => {
  it("is built once per data version and then served from its file with an ETag", async () => {
    const spy = vi.spyOn(exportFile, "exportToFile");
    try {
      const [a, b] = await Promise.all([get("198.51.100.1", "/api/v1/export?format=gexf"), get("198.51.100.1", "/api/v1/export?format=gexf")]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.text).toBe(b.text);
      expect(a.text).toContain("Learning at work");
      expect(a.text).not.toContain("Secret plan");
      const etag = a.headers.get("etag")!;
      expect(etag).toMatch(/^"export-/);
      expect(await readdir(dir)).toEqual([expect.stringMatching(/^public-gexf-/)]);
      const again = await get("198.51.100.1", "/api/v1/export?format=gexf");
      expect(again.text).toBe(a.text);
      expect(spy).toHaveBeenCalledTimes(1);
      expect((await get("198.51.100.1", "/api/v1/export?format=gexf", { "if-none-match": etag })).status).toBe(304);

      // A change of the data makes a new file, and the old one goes.
      expect((await h.call("coordinator", "PATCH", "/api/v1/projects/p1", { name: "Learning at work, renamed" })).status).toBe(200);
      const changed = await get("198.51.100.1", "/api/v1/export?format=gexf", { "if-none-match": etag });
      expect(changed.status).toBe(200);
      expect(changed.text).toContain("Learning at work, renamed");
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(spy).toHaveBeenCalledTimes(2);
      expect(await readdir(dir)).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("prepares at most the configured number of exports at once (503 with Retry-After beyond)", async () => {
    const real = exportFile.exportToFile;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => { open = resolve; });
    const spy = vi.spyOn(exportFile, "exportToFile").mockImplementationOnce(async (...args) => {
      await gate;
      return real(...args);
    });
    try {
      const slow = get("198.51.100.2", "/api/v1/export?format=graphml");
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
      const busy = await get("198.51.100.2", "/api/v1/export?format=json");
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("9");
      expect(busy.json.type).toMatch(/service-busy/);
      open();
      expect((await slow).status).toBe(200);
      expect((await get("198.51.100.2", "/api/v1/export?format=json")).status).toBe(200);
    } finally {
      spy.mockRestore();
    }
  });

  it("limits anonymous exports per client address, not callers with a token", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await get("198.51.100.3", "/api/v1/export?format=json")).status);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
    for (let i = 0; i < 10; i++) expect((await h.call("analyst", "GET", "/api/v1/export?format=json", undefined, { "x-forwarded-for": "198.51.100.3" })).status).toBe(200);
  });
});
