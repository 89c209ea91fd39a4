#!/usr/bin/env node
// The `diagonal` command. Runs the JavaScript compiled at install time (dist/, `npm run build`, run by
// `npm ci` through `prepare`). In a development checkout where src/ is newer than dist/, it runs the
// TypeScript through tsx's loader instead, so an edit is never hidden behind a stale build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
const compiled = join(root, "dist", "main.js");
const stamp = join(root, "dist", ".tsbuildinfo");

function newestUnder(dir, skip) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== skip) newest = Math.max(newest, newestUnder(full, skip));
    } else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const src = join(root, "src");
const fresh = existsSync(compiled) && existsSync(stamp) && (!existsSync(src) || newestUnder(src, join(src, "web")) <= statSync(stamp).mtimeMs);
if (fresh) {
  await import(pathToFileURL(compiled).href);
} else {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    console.error("diagonal: dist/ is missing or older than src/; run `npm run build` first");
    process.exit(1);
  }
  register();
  await import(pathToFileURL(join(src, "main.ts")).href);
}
