// Every query lives in cypher/<name>.cypher and is loaded by name; queries take parameters only.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (name may include a sub-folder: "import/merge-projects"). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9/-]*$/.test(name)) throw new Error(`cypher: invalid query name "${name}"`);
    text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (schema.cypher) on ';' at line ends, dropping comments. */
export function statements(name: string): string[] {
  return cypher(name)
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function queryNames(): string[] {
  const walk = (dir: string, prefix: string): string[] =>
    readdirSync(join(CYPHER_DIR, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : e.name.endsWith(".cypher") ? [`${prefix}${e.name.slice(0, -7)}`] : [],
    );
  return walk("", "");
}
