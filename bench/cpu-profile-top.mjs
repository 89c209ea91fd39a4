// Reads a V8 CPU profile (node --cpu-prof) and prints where the time went, without a viewer: self
// time per function (top N) and per package, idle time left out. --last S keeps only the samples of
// the profile's last S seconds (e.g. the load phase of bench:api, after start-up and warm-up).
//   node bench/cpu-profile-top.mjs CPU.….cpuprofile [--top 25] [--last 9]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, last: { type: "string" } } });
if (positionals.length !== 1) {
  console.error("usage: node bench/cpu-profile-top.mjs <file.cpuprofile> [--top N] [--last seconds]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const from = args.last ? profile.endTime - Number(args.last) * 1e6 : -Infinity;
const where = (cf) => cf.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(src|bench)\//, "$1/");
const self = new Map();
const packages = new Map();
let total = 0;
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  const d = profile.timeDeltas[i] ?? 0;
  at += d;
  const cf = byId.get(profile.samples[i]).callFrame;
  if (at < from || cf.functionName === "(idle)") continue;
  total += d;
  const url = where(cf);
  const key = `${cf.functionName || "(anonymous)"} ${url}${url ? `:${cf.lineNumber + 1}` : ""}`;
  self.set(key, (self.get(key) ?? 0) + d);
  const pkg = url === "" ? cf.functionName : url.startsWith("node:") ? "node internals" : url.startsWith("src/") ? "diagonal src/" : url.split("/")[0].replace(/\?.*$/, "");
  packages.set(pkg, (packages.get(pkg) ?? 0) + d);
}
const share = (v) => `${((100 * v) / total).toFixed(1).padStart(5)} %`;
console.log(`${(total / 1e6).toFixed(2)} s of CPU sampled (idle left out)${args.last ? `, last ${args.last} s` : ""}`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) console.log(`${share(v)}  ${k}`);
console.log("by package:");
for (const [k, v] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${share(v)}  ${k}`);
