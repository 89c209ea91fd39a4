// The import rules of docs/architecture.md, enforced: every import in src/ (type-only ones too) is
// resolved to the layer it lands in, and an import the table does not allow fails the test with
// the file, the line and the rule.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

const LAYERS: Record<string, string[]> = {
  errors: [],
  schemas: ["vocabulary"],
  vocabulary: [],
  analysis: ["schemas", "vocabulary"],
  db: [],
  config: ["db"],
  sources: ["schemas", "vocabulary", "analysis"],
  generator: ["schemas", "vocabulary", "analysis"],
  importer: ["schemas", "vocabulary", "db"],
  evaluation: ["analysis", "schemas", "vocabulary", "sources", "generator"],
  reports: ["analysis", "schemas", "vocabulary"],
  exports: ["analysis", "schemas", "vocabulary", "reports"],
  services: ["analysis", "schemas", "vocabulary", "db", "config", "importer", "sources", "generator", "evaluation", "reports", "exports"],
  http: ["services", "schemas", "vocabulary", "config", "db", "analysis", "reports", "exports"],
  cli: ["services", "schemas", "vocabulary", "config", "db", "importer", "generator", "sources", "evaluation"],
  web: ["schemas", "vocabulary"],
  main: ["*"],
};
// The error vocabulary (src/errors.ts) is the one thing every layer may import.
const ALLOWED: Record<string, string[]> = Object.fromEntries(Object.entries(LAYERS).map(([layer, deps]) => [layer, layer === "web" ? deps : [...deps, "errors"]]));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "node_modules" ? [] : files(join(dir, e.name))) : /\.(ts|tsx|mts)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The layer of a file under src/: its top folder, or its name without extension for a top-level file. */
function layerOf(file: string): string {
  const [top] = relative(SRC, file).split(sep);
  return top!.replace(/\.(ts|tsx|mts)$/, "");
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function violations(): string[] {
  const found: string[] = [];
  for (const file of files(SRC)) {
    const from = layerOf(file);
    const allowed = ALLOWED[from];
    const text = readFileSync(file, "utf8");
    if (!allowed) {
      found.push(`${relative(SRC, file)}: layer "${from}" is not in docs/architecture.md`);
      continue;
    }
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith(".")) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) continue;
      const to = layerOf(target);
      if (to === from || allowed.includes("*") || allowed.includes(to)) continue;
      const line = text.slice(0, m.index).split("\n").length + (m[0].startsWith("\n") ? 1 : 0);
      found.push(`src/${relative(SRC, file)}:${line}: ${from} may not import ${to} ("${spec}")`);
    }
  }
  return found;
}

describe("architecture", () => {
  it("every import in src/ follows the layer rules of docs/architecture.md", () => {
    expect(violations()).toEqual([]);
  });

  it("the scan sees imports, type-only and dynamic ones included", () => {
    const text = `import type { A } from "../http/app.ts";\nconst m = await import("../cli/program.ts");`;
    expect([...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2])).toEqual(["../http/app.ts", "../cli/program.ts"]);
  });
});
