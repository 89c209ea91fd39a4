/// <reference lib="dom" />
// What the browser tests share: the web build (made here when dist/web is missing, so `npm test`
// works on a fresh checkout), one headless Debian Chromium per test file (WebGL through
// SwiftShader), pixel reading from real screenshots, and the illustrative MVO data analysed once.
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { importPath } from "../../src/services/import-service.ts";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import type { Harness } from "../integration/http-harness.ts";

declare global {
  // The embed page's handle on its map (src/web/embed.ts), read by the tests through page.evaluate.
  interface Window {
    diagonalMap?: { renderer: unknown; loads: number; version: string | null; highlighted(): string[]; select(key: string | null): void; position(key: string): { x: number; y: number } | undefined };
  }
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where a test run leaves its screenshots (git-ignored); docs/screenshots/ holds copies that were looked at. */
export const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

export function ensureWebBuild(): void {
  if (existsSync(`${ROOT}dist/web/embed.html`) && existsSync(`${ROOT}dist/web/workspace.html`)) return;
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, "build"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * Chromium's own browser UI that full Chromium renders even headless: the address bar's popup is a
 * WebUI page with a renderer process of its own for every window Playwright opens (a new page is a
 * new window), ~0.5–0.7 s of CPU beside each page's load on two shared cores. A visitor's browser has
 * it running before they open a map. Playwright's lighter headless shell has no such UI.
 */
const BROWSER_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup", "PreloadTopChromeWebUI"];

/**
 * Chromium honours only the last --disable-features on its command line, and Playwright passes one
 * of its own: one flag carries both lists, and Playwright's is dropped (ignoreDefaultArgs). Its
 * list is read from its own switches (not part of its public API); if that ever fails, Playwright's
 * flag is left alone and the browser UI stays.
 */
function disabledFeatures(): { args: string[]; ignoreDefaultArgs: string[] } {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("playwright-core/package.json"));
    const { chromiumSwitches } = require(join(dir, "lib/server/chromium/chromiumSwitches.js")) as { chromiumSwitches: (assistantMode?: boolean) => string[] };
    const theirs = chromiumSwitches(false).find((a) => a.startsWith("--disable-features="));
    if (!theirs) return { args: [], ignoreDefaultArgs: [] };
    return { args: [`${theirs},${BROWSER_UI_FEATURES.join(",")}`], ignoreDefaultArgs: [theirs] };
  } catch {
    return { args: [], ignoreDefaultArgs: [] };
  }
}

export function launchChromium(): Promise<Browser> {
  const features = disabledFeatures();
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: features.ignoreDefaultArgs,
    args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-sandbox", ...features.args],
  });
}

/**
 * Reads a PNG screenshot in the browser itself (no image library needed) and returns the share
 * of pixels that are not white background, and the colour of the first pixel.
 */
async function readPng(page: Page, png: Buffer): Promise<{ ink: number; first: [number, number, number] }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) ink++;
    return { ink: ink / (data.length / 4), first: [data[0]!, data[1]!, data[2]!] as [number, number, number] };
  }, png.toString("base64"));
}

/** Share of pixels of a PNG screenshot that are not white background. */
export async function inkOf(page: Page, png: Buffer): Promise<number> {
  return (await readPng(page, png)).ink;
}

/** Share of pixels in the map's canvas area that are not white background. */
export async function inkShare(page: Page): Promise<number> {
  const box = await page.locator(".map-canvas").boundingBox();
  return (await readPng(page, await page.screenshot({ clip: box! }))).ink;
}

/** The colour at a viewport point, from a screenshot of the 1×1 pixel there. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return (await readPng(page, await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }))).first;
}

export const hex = (c: string): [number, number, number] => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
export const near = (a: [number, number, number], b: [number, number, number], tolerance = 40) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** Private values seeded next to the illustrative data; none may ever reach an embed. */
export const PRIVATE = {
  plannedId: "ln-geheim-plan-7731",
  plannedName: "Geheim plan 7731",
  enterpriseNumber: "BE0999888777",
  note: "PRIVATE-NOTE-7731 bel de directeur",
};

/** The MVO fixtures, a planned network that shares a partner and themes, and one analysis run. */
export async function seedAnalysedNetwork(h: Harness): Promise<void> {
  await h.test.clear();
  await importPath(h.db, `${ROOT}fixtures/mvo`);
  await h.test.rows(`
    MATCH (p:Project) WITH p ORDER BY p.id LIMIT 1
    MATCH (p)-[:ADDRESSES]->(t:Theme)
    MATCH (partner:Partner)-[:PARTICIPATES_IN]->(p)
    WITH p, collect(DISTINCT t) AS themes, collect(DISTINCT partner)[0] AS partner
    CREATE (s:Project {id: $id, name: $name, description: p.description, status: 'planned', start: '2027-01-01'})
    SET partner.enterpriseNumber = $enterprise
    WITH s, themes, partner
    CREATE (partner)-[:PARTICIPATES_IN {role: 'partner'}]->(s)
    FOREACH (t IN themes | CREATE (s)-[:ADDRESSES {weight: 1.0}]->(t))
  `, { id: PRIVATE.plannedId, name: PRIVATE.plannedName, enterprise: PRIVATE.enterpriseNumber });
  await h.newTokens();
  await runAnalysis(h.db, { seed: 1 });
}

/**
 * What a page and every frame in it said while a test waited: console messages, uncaught errors,
 * failed requests and error answers, with the frame's URL. Printed in an assertion's message when a
 * wait fails, so a failure on a loaded machine says why the map did not draw.
 */
export function recordPage(page: Page): { text(): string; stop(): void } {
  const lines: string[] = [];
  const started = Date.now();
  const at = () => `+${((Date.now() - started) / 1000).toFixed(1)}s`;
  const onConsole = (m: import("playwright-core").ConsoleMessage) => lines.push(`${at()} console.${m.type()} [${m.page()?.url() === m.location().url ? "page" : m.location().url}] ${m.text()}`);
  const onError = (e: Error) => lines.push(`${at()} pageerror ${e.message}`);
  const onFailed = (r: import("playwright-core").Request) => lines.push(`${at()} requestfailed ${r.method()} ${r.url()} (${r.failure()?.errorText ?? "?"}) in ${r.frame().url()}`);
  // Every request but the hashed assets: the map's data, the event stream, the pages.
  const traced = (url: string) => !new URL(url).pathname.startsWith("/assets/");
  const onRequest = (r: import("playwright-core").Request) => { if (traced(r.url())) lines.push(`${at()} request ${r.method()} ${r.url()} (${r.resourceType()}) in ${r.frame().url()}`); };
  const onFinished = (r: import("playwright-core").Request) => { if (traced(r.url())) lines.push(`${at()} finished ${r.url()}`); };
  const onResponse = (r: import("playwright-core").Response) => { if (r.status() >= 400 || traced(r.url())) lines.push(`${at()} HTTP ${r.status()} ${r.request().method()} ${r.url()}`); };
  const onFrame = (f: import("playwright-core").Frame) => lines.push(`${at()} navigated ${f === page.mainFrame() ? "page" : "frame"} ${f.url()}`);
  const onCrash = () => lines.push(`${at()} the page crashed`);
  // Each page event with its listener, registered and removed from one list.
  const listeners = [
    ["console", onConsole], ["pageerror", onError], ["requestfailed", onFailed], ["response", onResponse],
    ["request", onRequest], ["requestfinished", onFinished], ["framenavigated", onFrame], ["crash", onCrash],
  ] as [string, (arg: never) => void][];
  const events = page as unknown as { on(event: string, f: (arg: never) => void): void; off(event: string, f: (arg: never) => void): void };
  for (const [event, f] of listeners) events.on(event, f);
  return {
    text: () => (lines.length ? lines.join("\n") : "(the page and its frames said nothing)"),
    stop() {
      for (const [event, f] of listeners) events.off(event, f);
    },
  };
}

/** Runs a wait; when it fails, fails with the page's record (console, errors, failed requests) in the message. */
export async function waitOrExplain<T>(what: string, record: { text(): string }, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (err) {
    throw new Error(`${what}: ${(err as Error).message.split("\n")[0]}\nWhat the page and its frames said:\n${record.text()}`);
  }
}

/** axe-core's source, read once. */
let axeSource: string | undefined;

/**
 * axe-core's violations of the page's current state with a serious or critical impact: axe's own
 * source is evaluated in the page (no CDN; an evaluation is not held to the page's CSP, as a
 * script tag would be), run on the document, and each violation comes back with the rule, its
 * impact and the first offending elements. A frame (an embed inside a host page) is checked the
 * same way. Every browser test that checks accessibility calls this one function.
 */
export async function axeViolations(page: Page | Frame): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const require = createRequire(import.meta.url);
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}

/**
 * A page of another site (the knowledge centre's, or one not allowed to frame the maps) on a free
 * loopback port, written at each request so it can point at a service started after it. The server
 * joins `servers`, which the test closes.
 */
export function hostSite(html: () => string, servers: Server[]): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html());
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}
