// The streamed GEXF export end to end on a real Neo4j: `diagonal export --format gexf --out FILE`
// writes a file that graphology-gexf parses back with the graph's nodes and edges, and an export
// that fails (an unknown run) leaves no file behind; over HTTP the response arrives in several
// chunks and parses back with the same nodes, edges and attributes as the file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { importPath } from "../../src/services/import-service.ts";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { streamExport } from "../../src/services/export-service.ts";
import { startHarness, type Harness } from "./http-harness.ts";
import { cliEnv } from "../support/cli-env.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const BIN = fileURLToPath(new URL("../../bin/diagonal.mjs", import.meta.url));

describe("streamed GEXF export", () => {
  let h: Harness;
  let dir: string;
  let runId: string;
  let counts: { nodes: number; edges: number };

  const cli = (...args: string[]) => {
    const env = cliEnv();
    return spawnSync(process.execPath, [BIN, "export", ...args], { env, encoding: "utf8", timeout: 120_000 });
  };
  const parse = (text: string) => parseGexf(MultiDirectedGraph, text) as MultiDirectedGraph;

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
    runId = (await runAnalysis(h.db, { seed: 3 })).id;
    const [c] = await h.test.rows<{ nodes: number; edges: number }>(`RETURN COUNT { (n) WHERE n:Project OR n:Partner OR n:Theme OR n:Outcome } AS nodes,
      COUNT { ()-[:ADDRESSES|PARTICIPATES_IN|PRODUCED|ABOUT|COLLABORATES_WITH]->() } + COUNT { (s:Suggestion {runId: $runId}) WHERE s.rank IS NOT NULL } AS edges`, { runId });
    counts = c!;
    dir = await mkdtemp(join(tmpdir(), "diagonal-export-"));
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("the CLI writes the GEXF file that parses back; a failed export leaves no file", async () => {
    const file = join(dir, "graph.gexf");
    const ok = cli("--format", "gexf", "--out", file);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toContain(`wrote ${file} (${counts.nodes} nodes, ${counts.edges} edges)`);
    const text = await readFile(file, "utf8");
    const g = parse(text);
    expect([g.order, g.size]).toEqual([counts.nodes, counts.edges]);
    expect(text).toContain(`<runId>${runId}</runId>`);

    const failed = join(dir, "missing-run.gexf");
    const bad = cli("--format", "gexf", "--run", "run-none", "--out", failed);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/analysis run "run-none" not found/);
    expect(existsSync(failed)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(["graph.gexf"]);
  });

  it("the service hands the sink many chunks, never the whole document at once", async () => {
    const chunks: string[] = [];
    let begun = 0;
    const result = await streamExport(h.db, { format: "gexf" }, "all", { begin: () => { begun++; }, write: (c) => { chunks.push(c); } });
    expect(begun).toBe(1);
    expect([result.nodes, result.edges]).toEqual([counts.nodes, counts.edges]);
    const whole = chunks.join("");
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 2);
    // Nothing is written before the run is known: an unknown run fails before begin.
    let early = 0;
    await expect(streamExport(h.db, { format: "gexf", run: "run-none" }, "all", { begin: () => { early++; }, write: () => {} })).rejects.toThrow(/analysis run "run-none" not found/);
    expect(early).toBe(0);
  });

  it("over HTTP the streamed response parses back with the same nodes, edges and attributes", async () => {
    const res = await h.call("analyst", "GET", "/api/v1/export?format=gexf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/gexf\+xml/);
    const g = parse(res.text);
    expect([g.order, g.size]).toEqual([counts.nodes, counts.edges]);
    const [p] = await h.test.rows<{ id: string; name: string; label: number }>("MATCH (p:Project)-[c:IN_COMMUNITY]->(:AnalysisRun {id: $runId}) RETURN p.id AS id, p.name AS name, c.label AS label ORDER BY p.id LIMIT 1", { runId });
    expect(g.getNodeAttributes(`project:${p!.id}`)).toMatchObject({ label: p!.name, nodeType: "project", community: p!.label });
    const bad = await h.call("analyst", "GET", "/api/v1/export?format=gexf&run=run-none");
    expect(bad.status).toBe(404);
  });
});
