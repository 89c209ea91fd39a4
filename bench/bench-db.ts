// What the benchmarks share: a database that may be wiped (the project's own `bench` instance, or
// a NEO4J_URI database that is empty or DIAGONAL_BENCH_WIPE=1), a peak-memory sampler, a plain-text
// table printer, and slicing a large dataset for import.
import { connect, cypher, type Database } from "../src/db/index.ts";
import type { Dataset } from "../src/schemas/index.ts";

/**
 * Without NEO4J_URI the benchmarks use this checkout's `bench` instance (data under .neo4j/bench,
 * Bolt 7689 or DIAGONAL_BENCH_NEO4J_PORT) with a heap big enough for a whole CORDIS or
 * 100k-project import (DIAGONAL_NEO4J_HEAP, default 8g; page cache DIAGONAL_NEO4J_PAGECACHE, 1g).
 * The heap is set when the instance starts: stop it (node scripts/neo4j.mjs stop --instance bench)
 * to change it.
 */
function benchEnv(): NodeJS.ProcessEnv {
  process.env.DIAGONAL_NEO4J_HEAP ??= "8g";
  process.env.DIAGONAL_NEO4J_PAGECACHE ??= "1g";
  return process.env;
}

/** Connects (NEO4J_URI, or the bench instance) and refuses to go on if wiping would destroy data nobody said could go. */
export async function benchDatabase(): Promise<Database> {
  const own = !process.env.NEO4J_URI;
  const db = await connect("bench", { env: own ? benchEnv() : process.env });
  const nodes = await countNodes(db);
  if (!own && nodes > 0 && process.env.DIAGONAL_BENCH_WIPE !== "1") {
    await db.close();
    throw new Error(`benchmarks empty the database, and ${db.config.uri} holds ${nodes} nodes; point NEO4J_URI at a bench instance or set DIAGONAL_BENCH_WIPE=1`);
  }
  return db;
}

export async function countNodes(db: Database): Promise<number> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: "READ" });
  try {
    const res = await session.run(cypher("bench/count-nodes"));
    return res.records[0]!.get("n").toNumber();
  } finally {
    await session.close();
  }
}

export async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    // CALL … IN TRANSACTIONS needs auto-commit transactions (session.run).
    await session.run(cypher("bench/wipe-relationships"));
    await session.run(cypher("bench/wipe"));
  } finally {
    await session.close();
  }
}

/** Samples RSS every 50 ms while `work` runs; maxRSS (resourceUsage) is the process-wide peak so far. */
export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRssMb: number; maxRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
  const t0 = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, seconds: (performance.now() - t0) / 1000, peakRssMb: peak / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    clearInterval(timer);
  }
}

export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const cell = (v: string | number) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k] ?? "").length)));
  const line = (vals: string[]) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  console.log(line(keys));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(keys.map((k) => cell(r[k] ?? ""))));
}

/** `--only a,b` picks cases by name. */
export function selectedCases(argv = process.argv.slice(2)): Set<string> | undefined {
  const i = argv.indexOf("--only");
  return i >= 0 && argv[i + 1] ? new Set(argv[i + 1]!.split(",")) : undefined;
}

/**
 * Splits a dataset into importable slices of `projectsPerSlice` projects, each carrying the themes,
 * partners, outcomes and relations its projects need, so that a large dataset can be loaded through
 * the importer when one transaction would exceed the server's transaction memory.
 */
export function* datasetSlices(d: Dataset, projectsPerSlice: number): Generator<Dataset> {
  const partnerById = new Map(d.partners.map((p) => [p.id, p]));
  const byProject = <T extends { project: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) m.set(x.project, [...(m.get(x.project) ?? []), x]);
    return m;
  };
  const [themesOf, partsOf, outcomesOf] = [byProject(d.projectThemes), byProject(d.participations), byProject(d.outcomes)];
  const seen = new Set<string>();
  for (let i = 0; i < d.projects.length; i += projectsPerSlice) {
    const projects = d.projects.slice(i, i + projectsPerSlice);
    const inSlice = new Set(projects.map((p) => p.id));
    for (const id of inSlice) seen.add(id);
    const participations = projects.flatMap((p) => partsOf.get(p.id) ?? []);
    yield {
      themes: i === 0 ? d.themes : [],
      projects,
      partners: [...new Set(participations.map((x) => x.partner))].map((id) => partnerById.get(id)!).filter(Boolean),
      outcomes: projects.flatMap((p) => outcomesOf.get(p.id) ?? []),
      projectThemes: projects.flatMap((p) => themesOf.get(p.id) ?? []),
      participations,
      // A collaboration goes with the slice in which its second project arrives.
      collaborations: d.collaborations.filter((c) => seen.has(c.from) && seen.has(c.to) && (inSlice.has(c.from) || inSlice.has(c.to))),
    };
  }
}
