// One page load of a map, timed as a visitor has it: navigation → first frame (the page's
// `diagonal-map-rendered` mark), navigation → map data parsed, and Chromium's CPU per process until
// the first frame. The wait puts nothing into the page while it loads: Playwright's waitForFunction
// injects its helper script and runs the predicate on every animation frame, on the page's main
// thread, inside the measured window. Here the page is asked through the DevTools protocol
// (Runtime.evaluate of one expression) every POLL_MS, and the marks are read afterwards.
// `playwrightWait: true` waits the old way, to compare the two.
import type { Browser, BrowserContext, CDPSession } from "playwright-core";
import { chromiumCpu, cpuSince } from "./chromium-cpu.ts";

const POLL_MS = 50;

export interface FirstRender {
  /** Navigation → first frame on screen (ms). */
  render: number;
  /** Navigation → the map's JSON parsed (ms). */
  data: number;
  /** Chromium's CPU from navigation until the first frame was seen, per kind of process (ms). */
  cpu: ReturnType<typeof cpuSince>;
  /** Bytes of the page's hashed scripts that came over the network (0: all from the HTTP cache). */
  scriptBytes: number;
}

/** Waits until the page in `cdp`'s target has drawn the map's first frame, asking every POLL_MS. */
export async function waitForFirstFrame(cdp: CDPSession, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = (await cdp.send("Runtime.evaluate", { expression: 'performance.getEntriesByName("diagonal-map-rendered").length', returnByValue: true })) as { result: { value?: number } };
    if (result.value) return;
    if (Date.now() > deadline) throw new Error(`no first frame of the map within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Opens `url` in a new page of `context` (its HTTP cache is the visitor's), times it, and closes the
 * page. `browserPid`: count only that browser's processes (when several browsers run).
 */
export async function timeFirstRender(context: BrowserContext, url: string, options: { playwrightWait?: boolean; timeoutMs?: number; browserPid?: number } = {}): Promise<FirstRender> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const before = chromiumCpu(options.browserPid);
    if (options.playwrightWait) {
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName("diagonal-map-rendered").length > 0, undefined, { timeout: options.timeoutMs ?? 120_000 });
    } else {
      await page.goto(url, { waitUntil: "commit" });
      await waitForFirstFrame(cdp, options.timeoutMs);
    }
    const cpu = cpuSince(before, chromiumCpu(options.browserPid));
    const { result } = (await cdp.send("Runtime.evaluate", {
      returnByValue: true,
      expression: `({
        render: performance.getEntriesByName("diagonal-map-rendered")[0].startTime,
        data: performance.getEntriesByName("diagonal-map-data")[0].startTime,
        scriptBytes: performance.getEntriesByType("resource").filter((e) => e.name.includes("/assets/") && e.name.endsWith(".js")).reduce((n, e) => n + e.transferSize, 0),
      })`,
    })) as { result: { value: Omit<FirstRender, "cpu"> } };
    await cdp.detach();
    return { ...result.value, cpu };
  } finally {
    await page.close();
  }
}

/**
 * A browser as a visitor has it before opening a map: running, its GPU process started and WebGL
 * initialised (by a blank page in a context of its own, sharing no cache with the visitor's).
 * Otherwise the "first visit" would also pay for starting SwiftShader, once per browser.
 */
export async function warmBrowser(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl2");
    gl?.clear(gl.COLOR_BUFFER_BIT);
    gl?.finish();
  });
  await context.close();
}
