// Where the whole-network map's first render goes: loads the embed page with the synthetic map
// (2,000 nodes, 10,000 edges by default) in headless Chromium, records a CPU profile of the page
// through the DevTools protocol from navigation to the first frame, and prints the performance
// marks and the functions with the most self time. Writes the profile (open it in Chrome DevTools'
// Performance panel) to test-results/bench/first-render.cpuprofile.
//   npm run bench:web-profile [-- --nodes 2000 --edges 10000]
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureWebBuild, launchChromium } from "../tests/browser/browser-support.ts";
import { printTable } from "./bench-db.ts";
import { serveSyntheticMap, syntheticMapJson } from "./synthetic-map.ts";
import { waitForFirstFrame, warmBrowser } from "./first-render.ts";

const { values: args } = parseArgs({ options: { nodes: { type: "string", default: "2000" }, edges: { type: "string", default: "10000" } } });
const OUT = fileURLToPath(new URL("../test-results/bench/", import.meta.url));

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

ensureWebBuild();
const { json } = syntheticMapJson(Number(args.nodes), Number(args.edges));
const server = await serveSyntheticMap(json);
const browser = await launchChromium();
try {
  await warmBrowser(browser);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  // A first visit warms the HTTP cache for the hashed scripts, as a returning visitor would have it.
  // The waits ask through the DevTools protocol: nothing of Playwright's runs in the page.
  await page.goto(`${server.base}/embed/network?lang=nl`, { waitUntil: "commit" });
  await waitForFirstFrame(cdp);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await page.goto(`${server.base}/embed/network?lang=nl`, { waitUntil: "commit" });
  await waitForFirstFrame(cdp);
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  const marks = await page.evaluate(() => [
    ...performance.getEntriesByType("navigation").map((e) => ({ name: "responseEnd (page)", at: (e as PerformanceNavigationTiming).responseEnd })),
    ...performance.getEntriesByType("mark").map((e) => ({ name: e.name, at: e.startTime })),
    ...performance.getEntriesByType("resource").map((e) => ({ name: `loaded ${new URL(e.name).pathname}`, at: (e as PerformanceResourceTiming).responseEnd })),
  ]);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}first-render.cpuprofile`, JSON.stringify(profile));

  printTable(marks.sort((a, b) => a.at - b.at).map((m) => ({ "since navigation": `${m.at.toFixed(0)} ms`, event: m.name })));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const name = `${f.functionName || "(anonymous)"} ${f.url ? `${new URL(f.url, "http://x").pathname.split("/").pop()}:${f.lineNumber + 1}` : ""}`;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  console.log(`\nCPU profile of the page, navigation → first frame: ${total.toFixed(0)} ms sampled`);
  printTable([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([fn, ms]) => ({ "self time": `${ms.toFixed(0)} ms`, share: `${((100 * ms) / total).toFixed(1)} %`, function: fn })));
} finally {
  await browser.close();
  await server.close();
}
