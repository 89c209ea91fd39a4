// The public maps as a web editor and a visitor use them, in a real headless Chromium against the
// real service and Neo4j (MVO fixtures, analysed, suggestions not published): at 320, 600 and
// 1280 px no two drawn labels overlap (read from the label pass's boxes) and the footer stays in
// the frame; a click opens the details panel; the URL's hash restores the view; the filters and
// the year slider change what is drawn; the PNG and SVG downloads open; axe-core finds no serious
// or critical violation on a map and an embed; an embed in a 600 px column of a host page reads
// well; a site not allowed to frame the map sees a short explanation. Screenshots in Dutch and
// English go to test-results/screenshots/ (docs/screenshots/ holds copies that were looked at).
import type { Server } from "node:http";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { MapData } from "../../src/schemas/maps.ts";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { axeViolations, ensureWebBuild, hostSite, launchChromium, SCREENSHOTS, seedAnalysedNetwork } from "./browser-support.ts";
import { standsIn } from "../../src/web/map/view-state.ts";

const WIDTHS = [320, 600, 1280] as const;

interface Handle {
  renderer: { getNodeDisplayData(k: string): { hidden?: boolean } | undefined } | undefined;
  labelBoxes(): { key: string; x: number; y: number; width: number; height: number }[];
  visibleNodes(): string[];
  visibleEdges(): string[];
  state(): Record<string, unknown>;
  position(key: string): { x: number; y: number } | undefined;
}

let h: Harness;
let browser: Browser;
let network: MapData;
let HOST = "";
let OTHER = "";
const hosts: Server[] = [];

const hostPage = (body: () => string) => hostSite(() => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kenniscentrum MVO</title>
<style>body{font-family:Georgia,serif;margin:0;background:#f3f1ec}.page{display:flex;gap:24px;padding:24px}.col{width:600px;background:#fff;padding:0}.aside{width:260px;font-size:14px}h1{font-size:22px}</style></head>
<body>${body()}</body></html>`, hosts);

async function openMap(page: Page, path: string): Promise<void> {
  await page.goto(`${h.url}${path}`);
  await page.waitForFunction(() => (window as unknown as { diagonalMap?: Handle }).diagonalMap?.renderer !== undefined);
  await page.waitForTimeout(400);
}

const labelBoxes = (page: Page) => page.evaluate(() => (window as unknown as { diagonalMap: Handle }).diagonalMap.labelBoxes());
const visibleNodes = (page: Page) => page.evaluate(() => (window as unknown as { diagonalMap: Handle }).diagonalMap.visibleNodes());
/** Nodes sigma draws (its display data after the reducers), not only what the filters say. */
const drawnNodes = (page: Page, keys: string[]) => page.evaluate((ks) => ks.filter((k) => !(window as unknown as { diagonalMap: Handle }).diagonalMap.renderer!.getNodeDisplayData(k)?.hidden), keys);

function overlapping(boxes: { key: string; x: number; y: number; width: number; height: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`${a.key} / ${b.key}`);
    }
  }
  return out;
}

async function footerInside(page: Page): Promise<boolean> {
  const box = await page.locator(".map-footer").boundingBox();
  const vp = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= vp.height + 0.5 && box.x + box.width <= vp.width + 0.5;
}

beforeAll(async () => {
  ensureWebBuild();
  HOST = await hostPage(() => `<div class="page"><div class="col"><h1>Onze lerende netwerken</h1>
    <p style="padding:0 12px">Hoe de lerende netwerken over maatschappelijk verantwoord ondernemen samenwerken.</p>
    <script type="module" src="${h.url}/diagonal-map.js"></script>
    <diagonal-map view="network" lang="nl"></diagonal-map>
    <p style="padding:0 12px">Tekst onder de kaart.</p></div><div class="aside">Nieuws en agenda</div></div>`);
  OTHER = await hostPage(() => `<h1>Een andere site</h1><iframe id="map" src="${h.url}/embed/network?lang=nl" width="600" height="300"></iframe>`);
  h = await startHarness({ EMBED_ORIGINS: HOST });
  await seedAnalysedNetwork(h);
  network = (await h.call("public", "GET", "/api/v1/maps/network")).json;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const s of hosts) await new Promise((r) => s.close(r));
  await h?.close();
});

describe("readable at every width", () => {
  for (const width of WIDTHS) {
    it(`${width} px: labels never overlap, the footer is in the frame, the legend folds below 700 px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width < 700 ? 560 : 720 } });
      const page = await context.newPage();
      try {
        for (const lang of ["nl", "en"] as const) {
          await openMap(page, `/embed/network?lang=${lang}`);
          await expect.poll(async () => (await labelBoxes(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
          expect(overlapping(await labelBoxes(page))).toEqual([]);
          const canvas = (await page.locator(".map-canvas").boundingBox())!;
          for (const b of await labelBoxes(page)) expect(b.x + b.width, b.key).toBeLessThanOrEqual(canvas.width);
          expect(await footerInside(page)).toBe(true);
          expect(await page.locator(".legend-toggle").isVisible()).toBe(width < 700);
          expect(await page.locator(".map-side").isVisible()).toBe(width >= 700);
          await page.screenshot({ path: `${SCREENSHOTS}map-${width}-${lang}.png` });
        }
        // Below 700 px the button opens the legend and filters over the map; the footer stays.
        if (width < 700) {
          await page.click(".legend-toggle");
          expect(await page.locator(".map-side").isVisible()).toBe(true);
          expect(await footerInside(page)).toBe(true);
          await page.screenshot({ path: `${SCREENSHOTS}map-${width}-legend-en.png` });
        }
        // A theme's map, which mixes kinds, at this width: no overlap either.
        await openMap(page, "/embed/project/ln-talent-kmo?lang=nl");
        await expect.poll(async () => (await labelBoxes(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
        expect(overlapping(await labelBoxes(page))).toEqual([]);
        expect(await footerInside(page)).toBe(true);
      } finally {
        await context.close();
      }
    });
  }
});

describe("details, filters and the URL", () => {
  it("a click opens the details panel, reachable by keyboard, and the hash reopens the same view", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      for (const lang of ["nl", "en"] as const) {
        await openMap(page, `/embed/network?lang=${lang}`);
        // The network with the most partners (the largest node), clicked where sigma drew it.
        const big = [...network.nodes].sort((a, b) => (b.attributes.partners ?? 0) - (a.attributes.partners ?? 0))[0]!;
        const p = (await page.evaluate((k) => (window as unknown as { diagonalMap: Handle }).diagonalMap.position(k), big.key))!;
        const box = (await page.locator(".map-canvas").boundingBox())!;
        await page.mouse.click(box.x + p.x, box.y + p.y);
        await expect.poll(() => page.locator(".map-panel").isVisible(), { timeout: 10_000 }).toBe(true);
        expect(await page.locator(".map-panel h2").textContent()).toBe(big.attributes.label);
        expect(await page.evaluate(() => document.activeElement?.closest(".map-panel") !== null)).toBe(true);
        const facts = await page.locator(".map-panel .panel-facts dd").allTextContents();
        expect(facts[2]).toBe(String(big.attributes.partners));
        expect(await page.locator(".map-panel h3").count()).toBeGreaterThanOrEqual(3);
        await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toContain(`selected=${encodeURIComponent(big.key)}`);
        await page.screenshot({ path: `${SCREENSHOTS}map-panel-${lang}.png` });
        // Esc on the canvas closes it; the keyboard walks the networks and opens it again.
        await page.focus(".map-canvas");
        await page.keyboard.press("Escape");
        expect(await page.locator(".map-panel").isVisible()).toBe(false);
        await page.keyboard.press("n");
        expect(await page.locator(".map-panel").isVisible()).toBe(true);
      }
      // A filter and a selection, then the same URL in a new page: the same view.
      await openMap(page, "/embed/network?lang=en");
      const theme = network.attributes.themes.find((t) => network.nodes.filter((n) => n.attributes.themes?.includes(t.id)).length >= 2)!;
      await page.selectOption("select[data-filter=theme]", theme.id);
      const chosen = network.nodes.find((n) => n.attributes.themes?.includes(theme.id))!;
      await page.evaluate((k) => (window as unknown as { diagonalMap: { select(k: string): void } }).diagonalMap.select(k), chosen.key);
      await page.waitForTimeout(600); // the camera's move ends and goes into the hash
      const url = page.url();
      expect(url).toContain(`theme=${theme.id}`);
      const again = await context.newPage();
      await openMap(again, url.slice(h.url.length));
      expect(await again.evaluate(() => (window as unknown as { diagonalMap: Handle }).diagonalMap.state())).toMatchObject({ theme: theme.id, selected: chosen.key });
      expect(await again.locator("select[data-filter=theme]").inputValue()).toBe(theme.id);
      expect(await again.locator(".map-panel h2").textContent()).toBe(chosen.attributes.label);
      expect(await visibleNodes(again)).toEqual(await visibleNodes(page));
      await again.close();
    } finally {
      await context.close();
    }
  });

  it("filters and the year slider change what is drawn", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      const all = network.nodes.map((n) => n.key).sort();
      await openMap(page, "/embed/network?lang=nl");
      expect(await drawnNodes(page, all)).toEqual(all);
      // Community.
      const community = network.attributes.legend.find((l) => /^c\d+$/.test(l.group))!;
      await page.selectOption("select[data-filter=community]", community.group);
      const inCommunity = network.nodes.filter((n) => n.attributes.group === community.group).map((n) => n.key).sort();
      await expect.poll(() => drawnNodes(page, all)).toEqual(inCommunity);
      await page.selectOption("select[data-filter=community]", "");
      // Status.
      const status = network.nodes.find((n) => n.attributes.status === "completed") ? "completed" : network.nodes[0]!.attributes.status!;
      await page.selectOption("select[data-filter=status]", status);
      await expect.poll(() => drawnNodes(page, all)).toEqual(network.nodes.filter((n) => n.attributes.status === status).map((n) => n.key).sort());
      await page.selectOption("select[data-filter=status]", "");
      // The year slider: the network as it stood in a year (project start and end).
      const starts = network.nodes.map((n) => Number(n.attributes.start?.slice(0, 4))).filter(Number.isFinite).sort();
      const year = starts[Math.floor(starts.length / 2)]!;
      await page.uncheck("input[data-filter=all-years]");
      await page.locator("input[data-filter=year]").fill(String(year));
      const standing = network.nodes.filter((n) => standsIn(n.attributes, year)).map((n) => n.key).sort();
      expect(standing.length).toBeGreaterThan(0);
      expect(standing.length).toBeLessThan(all.length);
      await expect.poll(() => drawnNodes(page, all)).toEqual(standing);
      expect(await page.locator(".year-value").textContent()).toBe(String(year));
      await page.waitForTimeout(300);
      expect(overlapping(await labelBoxes(page))).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}map-year-nl.png` });
      expect(page.url()).toContain(`year=${year}`);
      await openMap(page, `/embed/network?lang=en#year=${year}`);
      await expect.poll(() => drawnNodes(page, all)).toEqual(standing);
      await page.screenshot({ path: `${SCREENSHOTS}map-year-en.png` });
      // The suggestions are not published here: no toggle, and the line legend names what is drawn.
      expect(await page.locator("input[data-filter=suggestions]").count()).toBe(0);
      expect(await page.locator(".line-legend li[data-line=suggestion]").count()).toBe(0);
      expect(await page.locator(".line-legend li").count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it("PNG and SVG downloads of the current view open, with legend and caption", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await openMap(page, "/embed/network?lang=nl");
      const [png] = await Promise.all([page.waitForEvent("download"), page.click(".download-png")]);
      expect(png.suggestedFilename()).toBe("diagonal-network.png");
      const pngBytes = readFileSync((await png.path())!);
      expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
      const size = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        return { width: img.width, height: img.height };
      }, pngBytes.toString("base64"));
      expect(size.width).toBeGreaterThan(600);
      expect(size.height).toBeGreaterThan(400);
      const [svg] = await Promise.all([page.waitForEvent("download"), page.click(".download-svg")]);
      const text = readFileSync((await svg.path())!, "utf8");
      const parsed = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, "image/svg+xml");
        return { error: doc.querySelector("parsererror") !== null, circles: doc.querySelectorAll("circle").length, texts: Array.from(doc.querySelectorAll("text"), (x) => x.textContent) };
      }, text);
      expect(parsed.error).toBe(false);
      expect(parsed.circles).toBeGreaterThanOrEqual(network.nodes.length);
      expect(parsed.texts).toContain("Het diagonale netwerk");
      expect(parsed.texts.some((t) => t?.startsWith("Bron: Diagonal"))).toBe(true);
      expect(parsed.texts).toContain(network.attributes.legend[0]!.nameNl);
      // Opened as a picture in the browser, it is drawn.
      const view = await context.newPage();
      await view.setContent(`<img id="x" src="data:image/svg+xml;base64,${Buffer.from(text).toString("base64")}">`);
      expect(await view.evaluate(async () => { const i = document.getElementById("x") as HTMLImageElement; await i.decode(); return i.naturalWidth; })).toBeGreaterThan(600);
      await view.close();
    } finally {
      await context.close();
    }
  });
});

describe("embeds and accessibility", () => {
  it("axe-core finds no serious or critical violation on a map, its panel and table, and an embed", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    try {
      await openMap(page, "/embed/network?lang=nl");
      expect(await axeViolations(page)).toEqual([]);
      await page.focus(".map-canvas");
      await page.keyboard.press("n");
      expect(await axeViolations(page)).toEqual([]);
      await page.click(".table-toggle");
      expect(await page.locator(".map-canvas").isVisible()).toBe(false); // the table is never under the canvas
      expect(await axeViolations(page)).toEqual([]);
      const host = await context.newPage();
      await host.goto(`${HOST}/`);
      await host.waitForFunction(() => document.querySelector("diagonal-map")?.shadowRoot?.querySelector("iframe") !== null);
      const frame = await (await host.locator("diagonal-map iframe").elementHandle())!.contentFrame();
      await frame!.waitForSelector(".map-canvas canvas");
      expect(await axeViolations(frame!)).toEqual([]);
      await host.close();
    } finally {
      await context.close();
    }
  });

  it("an embed in a 600 px column of a host page sizes to it, keeps its footer, and takes filters from attributes", async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const host = await context.newPage();
    try {
      await host.goto(`${HOST}/`);
      await host.waitForFunction(() => document.querySelector("diagonal-map")?.shadowRoot?.querySelector("iframe") !== null);
      const iframe = host.locator("diagonal-map iframe");
      const frame = await (await iframe.elementHandle())!.contentFrame();
      await frame!.waitForFunction(() => (window as unknown as { diagonalMap?: Handle }).diagonalMap?.renderer !== undefined);
      await host.waitForTimeout(500);
      const outer = (await iframe.boundingBox())!;
      expect(Math.round(outer.width)).toBe(600);
      const footer = (await frame!.locator(".map-footer").boundingBox())!;
      expect(footer.y + footer.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
      expect(overlapping(await frame!.evaluate(() => (window as unknown as { diagonalMap: Handle }).diagonalMap.labelBoxes()))).toEqual([]);
      await host.screenshot({ path: `${SCREENSHOTS}embed-600-host-nl.png`, fullPage: true });
      // Attributes set the view: a theme filter and a year.
      // The theme with the most networks.
      const networksOn = (t: string) => network.nodes.filter((n) => n.attributes.themes?.includes(t)).length;
      const theme = [...network.attributes.themes].sort((a, b) => networksOn(b.id) - networksOn(a.id))[0]!.id;
      // The year in which most of its networks stood.
      const years = network.nodes.flatMap((n) => (n.attributes.start ? [Number(n.attributes.start.slice(0, 4))] : []));
      const standing = (y: number) => network.nodes.filter((n) => n.attributes.themes?.includes(theme) && standsIn(n.attributes, y)).length;
      const year = [...new Set(years)].sort((a, b) => standing(b) - standing(a) || a - b)[0]!;
      await host.evaluate(([t, y]) => { const m = document.querySelector("diagonal-map")!; m.setAttribute("filter-theme", t!); m.setAttribute("year", y!); m.setAttribute("lang", "en"); }, [theme, String(year)]);
      await host.waitForTimeout(300);
      const filtered = await (await host.locator("diagonal-map iframe").elementHandle())!.contentFrame();
      await filtered!.waitForFunction(() => (window as unknown as { diagonalMap?: Handle }).diagonalMap?.renderer !== undefined);
      const expected = network.nodes.filter((n) => n.attributes.themes?.includes(theme) && standsIn(n.attributes, year)).map((n) => n.key).sort();
      expect(await filtered!.evaluate(() => (window as unknown as { diagonalMap: Handle }).diagonalMap.visibleNodes())).toEqual(expected);
      await host.waitForTimeout(500);
      await host.screenshot({ path: `${SCREENSHOTS}embed-600-host-en.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it("embeds at 320 px in both languages; a site that may not frame the map sees why", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 560 } });
    const page = await context.newPage();
    try {
      for (const lang of ["nl", "en"] as const) {
        await openMap(page, `/embed/theme/talent-development?lang=${lang}`);
        expect(overlapping(await labelBoxes(page))).toEqual([]);
        expect(await footerInside(page)).toBe(true);
        await page.screenshot({ path: `${SCREENSHOTS}embed-320-${lang}.png` });
      }
      const other = await context.newPage();
      await other.setViewportSize({ width: 700, height: 420 });
      await other.goto(`${OTHER}/`);
      const frame = other.frameLocator("#map");
      await frame.locator(".embed-refused").waitFor();
      expect(await frame.locator("h1").textContent()).toBe("Kaart niet beschikbaar op deze site");
      expect(await frame.locator("body").textContent()).toContain("EMBED_ORIGINS");
      expect(await frame.locator("#map").count()).toBe(0);
      await other.screenshot({ path: `${SCREENSHOTS}embed-refused-nl.png` });
      await other.close();
    } finally {
      await context.close();
    }
  });
});
