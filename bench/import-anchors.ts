// The two anchors bench:import measures the product's import against, on the same rows:
// - a bare Bolt script: UNWIND … MERGE per entity in batches of 5,000, each batch its own
//   transaction, no validation, no de-duplication, no journal (the transactional floor);
// - `neo4j-admin database import full` from CSV files into an empty database of a scratch home
//   (the offline floor), run from the Neo4j jars in .neo4j/lib (org.neo4j.cli.AdminTool, the class
//   behind bin/neo4j-admin), timed as wall clock with its JVM start.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "csv-stringify/sync";
import { runIn, writeTransaction, type Database } from "../src/db/index.ts";
import type { Dataset } from "../src/schemas/index.ts";

const BATCH = 5_000;
const LIB = fileURLToPath(new URL("../.neo4j/lib/", import.meta.url));

const BARE: [keyof Dataset, string, (d: Dataset) => Record<string, unknown>[]][] = [
  ["themes", "bench/bare-themes", (d) => d.themes as never],
  ["projects", "bench/bare-projects", (d) => d.projects as never],
  ["partners", "bench/bare-partners", (d) => d.partners as never],
  ["outcomes", "bench/bare-outcomes", (d) => d.outcomes.map(({ project, themes, ...props }) => ({ id: props.id, project, themes: themes ?? [], props }))],
  ["projectThemes", "bench/bare-project-themes", (d) => d.projectThemes as never],
  ["participations", "bench/bare-participations", (d) => d.participations as never],
  ["collaborations", "bench/bare-collaborations", (d) => d.collaborations as never],
];

/** Drops undefined and non-primitive values Neo4j cannot store as they are (the bare script does no conversion). */
const plain = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null));

export async function bareBoltImport(db: Database, d: Dataset): Promise<void> {
  for (const [, query, rowsOf] of BARE) {
    const rows = rowsOf(d).map(plain);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await writeTransaction(db.driver, (tx) => runIn(tx, query, { rows: batch }), db.database);
    }
  }
}

/** Node file: id:ID(group), the properties, :LABEL. */
function nodeCsv(label: string, rows: Record<string, unknown>[], skip: string[] = []): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== "id" && !skip.includes(k));
  const header = [`id:ID(${label})`, ...keys, ":LABEL"];
  return stringify([header, ...rows.map((r) => [r.id, ...keys.map((k) => r[k] ?? ""), label])]);
}

function relCsv(type: string, from: string, to: string, rows: [string, string, ...unknown[]][], props: string[] = []): string {
  return stringify([[`:START_ID(${from})`, `:END_ID(${to})`, ...props, ":TYPE"], ...rows.map((r) => [...r, type])]);
}

/** Writes the dataset as neo4j-admin CSV files and imports them into a scratch home; returns the wall seconds of the import command. */
export function adminImport(d: Dataset): { seconds: number } {
  const home = mkdtempSync(join(tmpdir(), "diagonal-admin-import-"));
  try {
    const conf = join(home, "conf");
    const csv = join(home, "csv");
    mkdirSync(conf);
    mkdirSync(csv);
    writeFileSync(join(conf, "neo4j.conf"), "");
    const files: [string, string][] = [
      ["--nodes", nodeCsv("Theme", d.themes as never)],
      ["--nodes", nodeCsv("Project", d.projects as never)],
      ["--nodes", nodeCsv("Partner", d.partners as never)],
      ["--nodes", nodeCsv("Outcome", d.outcomes as never, ["project", "themes"])],
      ["--relationships", relCsv("PRODUCED", "Project", "Outcome", d.outcomes.map((o) => [o.project, o.id]))],
      ["--relationships", relCsv("ABOUT", "Outcome", "Theme", d.outcomes.flatMap((o) => (o.themes ?? []).map((t) => [o.id, t] as [string, string])))],
      ["--relationships", relCsv("ADDRESSES", "Project", "Theme", d.projectThemes.map((r) => [r.project, r.theme, r.weight]), ["weight:float"])],
      ["--relationships", relCsv("PARTICIPATES_IN", "Partner", "Project", d.participations.map((r) => [r.partner, r.project, r.role]), ["role"])],
      ["--relationships", relCsv("COLLABORATES_WITH", "Project", "Project", d.collaborations.map((r) => [r.from, r.to, r.since ?? "", r.source ?? ""]), ["since", "source"])],
    ];
    const args = files.map(([flag, text], i) => {
      const file = join(csv, `${i}.csv`);
      writeFileSync(file, text);
      return `${flag}=${file}`;
    });
    const t0 = performance.now();
    const r = spawnSync(
      process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java",
      ["-Xmx1g", "-cp", `${LIB}*`, "org.neo4j.cli.AdminTool", "database", "import", "full", ...args, "--overwrite-destination=true", "--threads=2", "neo4j"],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, encoding: "utf8" },
    );
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`neo4j-admin database import failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(-2000)}`);
    return { seconds };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
