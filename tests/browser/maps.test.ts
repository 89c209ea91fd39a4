// The public maps in a real headless Chromium against the real service and Neo4j (MVO fixtures,
// analysed): each map draws (pixels, not just DOM), its legend counts what the API serves, hover
// and click highlight neighbours, the table lists the same nodes, no private value reaches an
// embed's HTML or any request it makes, framing follows the configured origin only, the web
// component works from another site, and an embed redraws itself after the next analysis run.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import seedrandom from "seedrandom";
import { MapDataOut, type MapData } from "../../src/schemas/maps.ts";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { ensureWebBuild, hex, hostSite, inkOf, inkShare, launchChromium, near, pixelAt, PRIVATE, recordPage, SCREENSHOTS, seedAnalysedNetwork, waitOrExplain } from "./browser-support.ts";

// The two "other sites" listen on free ports (several checkouts may run these tests at once).
let ALLOWED = "";
let OTHER = "";

let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const hosts: Server[] = [];
let rejected: { a: string; b: string };
let network: MapData;
const bodies: string[] = [];

/** A plain HTML page of "the knowledge centre's site" on another port. */
const hostPage = (body: () => string) => hostSite(() => `<!doctype html><html><head><meta charset="utf-8"><title>Kenniscentrum</title></head><body><h1>Kenniscentrum MVO</h1>${body()}</body></html>`, hosts);

async function openMap(path: string): Promise<void> {
  await page.goto(`${h.url}${path}`);
  await page.waitForFunction(() => window.diagonalMap?.renderer !== undefined);
  await page.waitForTimeout(300); // one more frame after the first render
}

/**
 * True when the map's right border is blank: no label (nor node) runs off the canvas. Labels are
 * drawn right of their nodes; before the full view left room for them, the right-most ones were cut.
 */
async function labelsInside(page: Page): Promise<boolean> {
  const box = (await page.locator(".map-canvas").boundingBox())!;
  const strip = { ...box, x: box.x + box.width - 4, width: 4 };
  const border = await page.screenshot({ clip: strip });
  return (await inkOf(page, border)) === 0;
}

beforeAll(async () => {
  ensureWebBuild();
  // The host pages are written when asked for, so they can point at the service started after them.
  const embed = (src: string) => `<p>Onze netwerken:</p><iframe id="map" src="${src}" width="900" height="560" style="border:1px solid #ccc"></iframe>`;
  ALLOWED = await hostPage(() => `${embed(`${h.url}/embed/network?lang=nl`)}
    <script type="module" src="${h.url}/diagonal-map.js"></script>
    <diagonal-map view="theme" subject="talent-development" lang="en" height="420"></diagonal-map>`);
  OTHER = await hostPage(() => embed(`${h.url}/embed/network?lang=nl`));
  // The operator publishes suggestions here (PUBLIC_SUGGESTIONS=on): their reasons, tooltip and toggle are tested.
  h = await startHarness({ EMBED_ORIGINS: ALLOWED, EMBED_REFRESH_SECONDS: "2", PUBLIC_SUGGESTIONS: "on" });
  await seedAnalysedNetwork(h);
  // A rejected suggestion with a private note: neither may appear on a map.
  const top = await h.call("coordinator", "GET", "/api/v1/suggestions?limit=1");
  rejected = { a: top.json.items[0].a, b: top.json.items[0].b };
  const decided = await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(top.json.items[0].id)}/decision`, { decision: "reject", note: PRIVATE.note });
  expect(decided.status).toBe(200);
  network = (await h.call("public", "GET", "/api/v1/maps/network")).json;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1100, height: 680 } });
  // Software WebGL on a machine other test runs share can take longer than Playwright's 30 s to
  // draw a map that embeds two more; waits fail at 60 s (the suite's limit per test is 120 s).
  context.setDefaultTimeout(60_000);
  // Every answer the service gives any page of these tests, checked for private values below.
  context.on("response", async (r) => {
    if (!r.url().startsWith(h.url)) return;
    try { bodies.push(`${r.url()}\n${await r.text()}`); } catch { /* redirects and 304s have no body */ }
  });
  page = await context.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const s of hosts) await new Promise((r) => s.close(r));
  await h?.close();
});

describe("the three maps draw", () => {
  it("whole network: drawn, legend names communities and counts the API's nodes", async () => {
    expect(network.attributes.runId).toMatch(/^run-/);
    expect(network.nodes.length).toBeGreaterThan(5);
    await openMap("/embed/network?lang=en");
    expect(await inkShare(page)).toBeGreaterThan(0.01);
    const counts = await page.locator(".map-legend li").evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-count"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(network.nodes.length);
    expect(await page.locator(".legend-total").getAttribute("data-node-count")).toBe(String(network.nodes.length));
    // Communities carry names made of themes, not numbers.
    const names = await page.locator(".map-legend .legend-name").allTextContents();
    expect(names.length).toBe(network.attributes.legend.length);
    for (const n of names) expect(n).not.toMatch(/^(Community|Gemeenschap) \d+$/);
    expect(network.edges.some((e) => e.attributes.kind === "suggestion" && e.attributes.dashed && e.attributes.reasonsNl!.length > 0 && e.attributes.reasonsEn!.length > 0)).toBe(true);
    await expect.poll(() => labelsInside(page), { timeout: 10_000, interval: 200 }).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}map-network.png` });
  });

  it("a network's neighbourhood and a theme, in Dutch", async () => {
    for (const [path, api, file] of [
      ["/embed/project/ln-talent-kmo?lang=nl", "/api/v1/maps/projects/ln-talent-kmo", "map-project.png"],
      ["/embed/theme/talent-development?lang=nl", "/api/v1/maps/themes/talent-development", "map-theme.png"],
    ] as const) {
      const data: MapData = (await h.call("public", "GET", api)).json;
      await openMap(path);
      expect(await inkShare(page), path).toBeGreaterThan(0.005);
      expect(await page.locator(".legend-total").getAttribute("data-node-count")).toBe(String(data.nodes.length));
      const counts = await page.locator(".map-legend li").evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-count"))));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(data.nodes.length);
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      expect(await page.locator(".table-toggle").textContent()).toBe("Toon als tabel");
      await expect.poll(() => labelsInside(page), { timeout: 10_000, interval: 200, message: path }).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}${file}` });
    }
    const project: MapData = (await h.call("public", "GET", "/api/v1/maps/projects/ln-talent-kmo")).json;
    expect(new Set(project.nodes.map((n) => n.attributes.kind))).toEqual(new Set(["project", "theme", "partner", "outcome"]));
    expect(project.edges.filter((e) => e.attributes.kind === "suggestion").length).toBeGreaterThan(0);
  });
});

describe("interaction", () => {
  it("hover and click highlight a node's neighbours and grey out the rest", async () => {
    await openMap("/embed/network?lang=en");
    const adjacency = new Map<string, Set<string>>();
    for (const e of network.edges) {
      adjacency.set(e.source, (adjacency.get(e.source) ?? new Set()).add(e.target));
      adjacency.set(e.target, (adjacency.get(e.target) ?? new Set()).add(e.source));
    }
    const positions = await page.evaluate((keys) => keys.map((k) => window.diagonalMap!.position(k)), network.nodes.map((n) => n.key));
    const at = new Map(network.nodes.map((n, i) => [n.key, positions[i]!]));
    const box = (await page.locator(".map-canvas").boundingBox())!;
    const inside = (p: { x: number; y: number }) => p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
    const far = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y) > 30;
    // A node with neighbours, and another that is not one of them, standing apart from every other node.
    const lonely = (k: string) => network.nodes.every((n) => n.key === k || far(at.get(k)!, at.get(n.key)!));
    const a = network.nodes.find((n) => (adjacency.get(n.key)?.size ?? 0) > 0 && inside(at.get(n.key)!) && lonely(n.key))!;
    // Not under the label box sigma draws right of a hovered node.
    const underLabelOf = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.abs(q.y - p.y) < 20 && q.x > p.x - 20;
    const b = network.nodes.find((n) => n.key !== a.key && !adjacency.get(a.key)!.has(n.key) && inside(at.get(n.key)!) && lonely(n.key) && !underLabelOf(at.get(a.key)!, at.get(n.key)!))!;
    expect(a && b).toBeTruthy();
    const pa = at.get(a.key)!, pb = at.get(b.key)!;
    // WebGL draws on the next frames, later on a loaded machine: the checks wait for the picture
    // (up to 10 s) instead of sleeping a fixed time.
    const settled = { timeout: 10_000, interval: 100 };
    await expect.poll(async () => near(await pixelAt(page, box.x + pb.x, box.y + pb.y), hex(b.attributes.color)), { ...settled, message: `${b.key} drawn in its colour ${b.attributes.color} at ${pb.x},${pb.y}` }).toBe(true);

    await page.mouse.move(box.x + pa.x, box.y + pa.y);
    await expect.poll(() => page.evaluate(() => window.diagonalMap!.highlighted()), { ...settled, message: `hovering ${a.key} highlights it and its neighbours` }).toEqual([a.key, ...adjacency.get(a.key)!].sort());
    await expect.poll(async () => near(await pixelAt(page, box.x + pb.x, box.y + pb.y), [230, 230, 230], 12), { ...settled, message: `${b.key} greyed out while ${a.key} is hovered` }).toBe(true);

    // A click keeps the highlight after the pointer leaves; clicking the background clears it.
    await page.mouse.click(box.x + pa.x, box.y + pa.y);
    await page.mouse.move(box.x + 3, box.y + box.height - 3);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.diagonalMap!.highlighted())).toContain(a.key);
    await page.click(".table-toggle");
    expect(await page.locator("tr.selected").getAttribute("data-key")).toBe(a.key);
    await page.click(".table-toggle");
    await page.screenshot({ path: `${SCREENSHOTS}map-network-selected.png` });
  });

  it("published suggestions are explained in the line legend and can be turned off", async () => {
    await openMap("/embed/network?lang=en");
    const suggestions = network.edges.filter((e) => e.attributes.kind === "suggestion").map((e) => e.key);
    expect(suggestions.length).toBeGreaterThan(0);
    const drawn = () => page.evaluate(() => (window.diagonalMap as unknown as { visibleEdges(): string[] }).visibleEdges());
    expect(await drawn()).toEqual(expect.arrayContaining(suggestions));
    expect(await page.locator(".line-legend li[data-line=suggestion]").textContent()).toBe("suggested collaboration (not decided yet)");
    await page.uncheck("input[data-filter=suggestions]");
    await expect.poll(drawn).toEqual(network.edges.filter((e) => e.attributes.kind !== "suggestion").map((e) => e.key).sort());
    expect(await page.locator(".line-legend li[data-line=suggestion]").count()).toBe(0);
    expect(page.url()).toContain("suggestions=off");
  });

  it("the table alternative lists the same nodes, and keys walk through the networks", async () => {
    await openMap("/embed/theme/talent-development?lang=en");
    const data: MapData = (await h.call("public", "GET", "/api/v1/maps/themes/talent-development")).json;
    await page.click(".table-toggle");
    expect(await page.locator(".table-toggle").getAttribute("aria-expanded")).toBe("true");
    const rows = await page.locator(".map-nodes tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-key")));
    expect(rows.sort()).toEqual(data.nodes.map((n) => n.key).sort());
    expect(await page.locator(".map-nodes caption").textContent()).toBe(`${data.nodes.length} nodes`);
    // The table replaces the map while shown (the canvas never covers it); back to the map for the keys.
    expect(await page.locator(".map-canvas").isVisible()).toBe(false);
    await page.click(".table-toggle");
    await page.focus(".map-canvas");
    await page.keyboard.press("n");
    const first = await page.evaluate(() => window.diagonalMap!.highlighted());
    expect(first.length).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => window.diagonalMap!.highlighted())).toEqual([]);
  });
});

describe("privacy and framing", () => {
  it("no private value in any embed's HTML or in any answer to a request it made", async () => {
    // The maps above were opened in this context: their pages, scripts and data were all recorded.
    for (const url of ["/embed/network", "/embed/project/ln-talent-kmo", "/embed/theme/talent-development", "/api/v1/maps/network", "/api/v1/maps/projects/ln-talent-kmo", "/api/v1/maps/themes/talent-development", "/assets/embed-"]) {
      expect(bodies.some((b) => b.startsWith(h.url + url)), url).toBe(true);
    }
    const secrets = [PRIVATE.plannedId, PRIVATE.plannedName, PRIVATE.enterpriseNumber, PRIVATE.note, "0412.345.614", h.tokens.admin, h.tokens.coordinator, "PRIVATE-NOTE"];
    for (const body of bodies) for (const s of secrets) expect(body.includes(s), `${s} in ${body.slice(0, 80)}`).toBe(false);
    // The rejected pair is no longer suggested on any map.
    const key = [`project:${rejected.a}`, `project:${rejected.b}`].sort().join("--");
    for (const body of bodies) expect(body.includes(key)).toBe(false);
  });

  it("the configured site may frame the map and use the web component; another site may not", async () => {
    const res = await fetch(`${h.url}/embed/network`);
    expect(res.headers.get("content-security-policy")).toContain(`frame-ancestors ${ALLOWED}`);
    expect(res.headers.get("x-frame-options")).toBeNull();
    const workspace = await fetch(`${h.url}/workspace`);
    expect(workspace.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");

    const host = await context.newPage();
    // On failure the message carries what the host page and its frames logged, threw and failed to load.
    const record = recordPage(host);
    await host.goto(`${ALLOWED}/`);
    const framed = host.frameLocator("#map");
    await waitOrExplain("the framed network map drew no canvas", record, () => framed.locator(".map-canvas canvas").first().waitFor());
    expect(await framed.locator(".legend-total").getAttribute("data-node-count")).toBe(String(network.nodes.length));
    // The web component's iframe (inside its shadow root) draws the theme map in English.
    await host.waitForFunction(() => document.querySelector("diagonal-map")?.shadowRoot?.querySelector("iframe") !== null);
    const component = host.frames().find((f) => f.url().includes("/embed/theme/talent-development"));
    expect(component).toBeDefined();
    await waitOrExplain("the web component's theme map drew no canvas", record, () => component!.waitForSelector(".map-canvas canvas"));
    expect(await component!.locator(".table-toggle").textContent()).toBe("Show as table");
    await host.waitForTimeout(500);
    await host.screenshot({ path: `${SCREENSHOTS}embed-host-page.png`, fullPage: true });

    const other = await context.newPage();
    await other.goto(`${OTHER}/`);
    await other.waitForTimeout(1000);
    const blocked = other.frames().find((f) => f !== other.mainFrame());
    expect(await blocked!.locator("#map").count()).toBe(0);
    await other.close();
    record.stop();
    await host.close();
  });
});

describe("a map whose box has no size yet", () => {
  // The cause of a test that failed only on a loaded machine: the preloaded map data arrived before
  // the page's stylesheet applied, the map's box had no height, and sigma threw ("Container has no
  // width"), so the framed map never drew. Hiding the box until the data is in makes that order
  // certain; the same happens to an embed in a collapsed panel of the knowledge centre's site.
  it("draws once the box gets a size, and says nothing went wrong meanwhile", async () => {
    const hidden = await context.newPage();
    const record = recordPage(hidden);
    // The page as served, with one more style rule that hides the map's box.
    await hidden.route("**/embed/network?*", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</head>", `<style id="test-hide-map">main#map { display: none !important; }</style></head>`);
      await route.fulfill({ response, body: html });
    });
    try {
      await hidden.goto(`${h.url}/embed/network?lang=en`);
      await waitOrExplain("the map's data was not loaded while its box was hidden", record, () => hidden.waitForFunction(() => window.diagonalMap?.loads === 1));
      expect(await hidden.evaluate(() => window.diagonalMap!.renderer === undefined)).toBe(true);
      expect(await hidden.locator(".map-canvas canvas").count()).toBe(0);
      await hidden.evaluate(() => document.getElementById("test-hide-map")!.remove());
      await waitOrExplain("the map drew no canvas once its box had a size", record, () => hidden.waitForFunction(() => window.diagonalMap?.renderer !== undefined));
      expect(await hidden.locator(".map-canvas canvas").count()).toBeGreaterThan(0);
      await expect.poll(() => inkShare(hidden), { timeout: 10_000, interval: 200 }).toBeGreaterThan(0.01);
      expect(record.text(), "no error on the console").not.toMatch(/console\.error|pageerror|diagonal-map:/);
    } finally {
      record.stop();
      await hidden.close();
    }
  });
});

/** A seeded map of n networks on a circle and m links, 7 in 10 of them suggestions (dashed). */
function largeMap(n: number, m: number): MapData {
  const rng = seedrandom("large map");
  const nodes = Array.from({ length: n }, (_, i) => ({
    key: `project:big-${i}`,
    attributes: { kind: "project" as const, label: `Netwerk ${i}`, x: Math.cos((2 * Math.PI * i) / n) * (1 + rng()), y: Math.sin((2 * Math.PI * i) / n) * (1 + rng()), size: 3, color: "#0072b2", group: "c0" },
  }));
  const edges = new Map<string, MapData["edges"][number]>();
  while (edges.size < m) {
    const [a, b] = [Math.floor(rng() * n), Math.floor(rng() * n)].sort((x, y) => x - y);
    const key = `project:big-${a}--project:big-${b}`;
    if (a === b || edges.has(key)) continue;
    const suggestion = rng() < 0.7;
    edges.set(key, { key, source: `project:big-${a}`, target: `project:big-${b}`, attributes: { kind: suggestion ? "suggestion" : "collaboration", size: 1, color: suggestion ? "#c2185b" : "#1b1b1b", ...(suggestion ? { dashed: true } : {}) } });
  }
  return MapDataOut.parse({
    attributes: { view: "network", titleNl: "Groot", titleEn: "Large", runId: "run-large", truncated: false, nodeCount: n, edgeCount: m, themes: [], sizeBy: "partners", suggestions: true, legend: [{ group: "c0", nameNl: "Alle", nameEn: "All", color: "#0072b2", count: n }] },
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    nodes,
    edges: [...edges.values()],
  });
}

describe("a large map", () => {
  it("draws 2,000 networks and 10,000 links (GL lines, dashed suggestions) without an error", async () => {
    const big = await context.newPage();
    const record = recordPage(big);
    const data = largeMap(2000, 10_000);
    // The page and its scripts come from the service; only the map's data is the large one.
    await big.route("**/api/v1/maps/network", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
    try {
      await big.goto(`${h.url}/embed/network?lang=en`);
      await waitOrExplain("the large map drew nothing", record, () => big.waitForFunction(() => performance.getEntriesByName("diagonal-map-rendered").length > 0));
      expect(await big.evaluate(() => (window.diagonalMap!.renderer as { getGraph(): { size: number; order: number } }).getGraph().size)).toBe(10_000);
      expect(await big.locator(".legend-total").getAttribute("data-node-count")).toBe("2000");
      // Links fill the disc between the nodes on the circle: drawn, not only the nodes.
      await expect.poll(() => inkShare(big), { timeout: 10_000, interval: 200 }).toBeGreaterThan(0.1);
      expect(record.text(), "no error on the console").not.toMatch(/console\.error|pageerror|diagonal-map:/);
    } finally {
      record.stop();
      await big.close();
    }
  });
});

describe("live updates", () => {
  it("an embedded map redraws itself when the event stream announces the next analysis run, and only then", async () => {
    const host = await context.newPage();
    const mapRequests: number[] = [];
    const count = (r: { url(): string }) => { if (r.url().startsWith(`${h.url}/api/v1/maps/network`)) mapRequests.push(Date.now()); };
    context.on("request", count);
    try {
      await host.goto(`${ALLOWED}/`);
      const frame = () => host.frames().find((f) => f.url().includes("/embed/network"))!;
      await frame().waitForFunction(() => window.diagonalMap?.loads === 1);
      // The stream is open and has announced the current version; the frame checked it (a 304).
      await frame().waitForFunction(() => document.getElementById("map")!.dataset.mapVersion !== undefined && Number(document.getElementById("map")!.dataset.checks) >= 2);
      const before = await frame().locator("#map").getAttribute("data-run-id");
      const asked = mapRequests.length;
      await host.waitForTimeout(2500); // longer than the 2 s poll: with the stream open, no polling
      expect(mapRequests.length).toBe(asked);
      expect(await frame().evaluate(() => window.diagonalMap!.loads)).toBe(1);
      const run = await runAnalysis(h.db, { seed: 2 });
      await frame().waitForFunction(() => window.diagonalMap!.loads === 2, undefined, { timeout: 15_000 });
      expect(await frame().locator("#map").getAttribute("data-run-id")).toBe(run.id);
      expect(run.id).not.toBe(before);
    } finally {
      context.off("request", count);
      await host.close();
    }
  });

  it("without an event stream (no EventSource), the map polls and still redraws after a run", async () => {
    const polling = await context.newPage();
    await polling.addInitScript(() => { delete (window as { EventSource?: unknown }).EventSource; });
    try {
      await polling.goto(`${h.url}/embed/network?lang=nl`);
      await polling.waitForFunction(() => window.diagonalMap?.loads === 1);
      expect(await polling.evaluate(() => typeof EventSource)).toBe("undefined");
      const run = await runAnalysis(h.db, { seed: 3 });
      await polling.waitForFunction(() => window.diagonalMap!.loads === 2, undefined, { timeout: 15_000 });
      expect(await polling.locator("#map").getAttribute("data-run-id")).toBe(run.id);
    } finally {
      await polling.close();
    }
  });
});
