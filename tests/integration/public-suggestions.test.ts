// What is public is decided, not accidental: an anonymous crawl of every public surface — the maps'
// JSON, the embed pages, the maps' event stream, the graph views, the entity lists and pages, the
// exports anonymous callers may download and the reports (which answer them 401) — finds no open
// suggestion (no id, no pair key, no reason, no suggestion edge) with the default settings, and
// finds them on the maps once the operator sets PUBLIC_SUGGESTIONS=on. Against the real Neo4j,
// with the illustrative MVO data analysed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./http-harness.ts";
import { ensureWebBuild, seedAnalysedNetwork } from "../browser/browser-support.ts";

interface Open { id: string; a: string; b: string; reasons: { nl: string[]; en: string[] } }

let off: Harness;
let open: Open[] = [];

/** Every public answer, as text, with the path it came from. */
async function crawl(h: Harness): Promise<{ path: string; status: number; text: string }[]> {
  const out: { path: string; status: number; text: string }[] = [];
  const get = async (path: string) => {
    const r = await h.call("public", "GET", path);
    out.push({ path, status: r.status, text: r.text });
    return r;
  };
  const projects = (await get("/api/v1/projects?limit=200")).json.items.map((p: { id: string }) => p.id) as string[];
  const themes = (await get("/api/v1/themes?limit=200")).json.items.map((t: { id: string }) => t.id) as string[];
  const partners = (await get("/api/v1/partners?limit=200")).json.items.map((t: { id: string }) => t.id) as string[];
  await get("/api/v1/outcomes?limit=200");
  await get("/api/v1/maps/network");
  await get("/api/v1/graph/network");
  await get("/embed/network?lang=nl");
  for (const id of projects) {
    for (const p of [`/api/v1/projects/${id}`, `/api/v1/maps/projects/${id}`, `/api/v1/graph/projects/${id}`, `/embed/project/${id}?lang=en`]) await get(p);
  }
  for (const id of themes) for (const p of [`/api/v1/themes/${id}`, `/api/v1/maps/themes/${id}`, `/api/v1/graph/themes/${id}`, `/embed/theme/${id}`]) await get(p);
  for (const id of partners.slice(0, 20)) await get(`/api/v1/partners/${id}`);
  for (const format of ["gexf", "graphml", "json", "csv"]) await get(`/api/v1/export?format=${format}`);
  for (const kind of ["health", "theme", "letter", "digest"]) await get(`/api/v1/reports/${kind}?subject=${kind === "theme" ? themes[0] : projects[0]}&since=2000-01-01`);
  // The maps' event stream: its first event, then the connection is closed.
  const stream = new AbortController();
  const res = await fetch(`${h.url}/api/v1/maps/events`, { signal: stream.signal });
  const reader = res.body!.getReader();
  const first = await reader.read();
  stream.abort();
  out.push({ path: "/api/v1/maps/events", status: res.status, text: new TextDecoder().decode(first.value) });
  return out;
}

/** The places an open suggestion would show in an answer. */
function leaks(text: string): string[] {
  const found: string[] = [];
  if (/"kind":"suggestion"|SUGGESTED/.test(text)) found.push("a suggestion edge");
  for (const s of open) {
    if (text.includes(s.id)) found.push(`suggestion id ${s.id}`);
    for (const key of [`project:${s.a}--project:${s.b}`, `project:${s.b}--project:${s.a}`]) if (text.includes(key)) found.push(`pair ${key}`);
    for (const r of [...s.reasons.nl, ...s.reasons.en]) if (r.length > 20 && text.includes(r)) found.push(`reason "${r}"`);
  }
  return found;
}

beforeAll(async () => {
  ensureWebBuild();
  off = await startHarness();
  await seedAnalysedNetwork(off);
  open = (await off.call("analyst", "GET", "/api/v1/suggestions?limit=200")).json.items;
}, 240_000);
afterAll(async () => { await off?.close(); });

describe("open suggestions on public surfaces", () => {
  it("never leave the service with the default settings", async () => {
    expect(open.length).toBeGreaterThan(5);
    const answers = await crawl(off);
    expect(answers.length).toBeGreaterThan(40);
    // The crawl reached real content: maps, views, exports and embeds answered.
    for (const p of ["/api/v1/maps/network", "/api/v1/graph/network", "/api/v1/export?format=gexf", "/embed/network?lang=nl"]) {
      expect(answers.find((a) => a.path === p)?.status, p).toBe(200);
    }
    // Reports are the analysts': anonymous callers are refused.
    for (const a of answers.filter((x) => x.path.startsWith("/api/v1/reports/"))) expect(a.status, a.path).toBe(401);
    for (const a of answers) expect(leaks(a.text), a.path).toEqual([]);
    const network = JSON.parse(answers.find((a) => a.path === "/api/v1/maps/network")!.text);
    expect(network.attributes.suggestions).toBe(false);
    expect(network.edges.length).toBeGreaterThan(0);
  }, 240_000);

  it("appear on the maps, with their reasons, when the operator sets PUBLIC_SUGGESTIONS=on", async () => {
    const on = await startHarness({ PUBLIC_SUGGESTIONS: "on" });
    try {
      const network = await on.call("public", "GET", "/api/v1/maps/network");
      expect(network.json.attributes.suggestions).toBe(true);
      const drawn = network.json.edges.filter((e: { attributes: { kind: string } }) => e.attributes.kind === "suggestion");
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn[0].attributes.reasonsNl.length).toBeGreaterThan(0);
      expect(leaks(network.text).length).toBeGreaterThan(0);
      // The operator's setting is for the maps: the other public surfaces stay as they were.
      const gexf = await on.call("public", "GET", "/api/v1/export?format=gexf");
      expect(leaks(gexf.text)).toEqual([]);
    } finally {
      await on.close();
    }
  }, 240_000);

  it("PUBLIC_SUGGESTIONS is validated: a typo stops the service with a message naming it", async () => {
    const { parseServiceEnv } = await import("../../src/config/service-env.ts");
    expect(() => parseServiceEnv({ PUBLIC_SUGGESTIONS: "yes" })).toThrow(/PUBLIC_SUGGESTIONS.*on or off/s);
    expect(parseServiceEnv({}).PUBLIC_SUGGESTIONS).toBe("off");
  });
});
