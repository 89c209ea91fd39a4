// The projection from Neo4j gives the same analysis graph as the dataset it was imported from
// (datasetToGraph), apart from the partners the importer merged.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { datasetToGraph, type DiagonalGraph } from "../../src/analysis/graph.ts";
import { ENTITY_NAMES, ENTITY_SCHEMAS, emptyDataset, type Dataset } from "../../src/schemas/index.ts";
import { importPath } from "../../src/services/import-service.ts";
import { projectGraph } from "../../src/services/projection.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const DIR = new URL("../../fixtures/mvo/", import.meta.url);
const MERGED: Record<string, string> = { "kringloop-antwerpen-vzw": "kringloop-antwerpen", "scheldechemie-site-noord": "scheldechemie" };

function fixtures(): Dataset {
  const d = emptyDataset() as unknown as Record<string, unknown[]>;
  for (const name of ENTITY_NAMES) {
    const rows = parse(readFileSync(new URL(`${name}.csv`, DIR), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    d[name] = rows.map((r) => ENTITY_SCHEMAS[name].parse(r));
  }
  const data = d as unknown as Dataset;
  // What the importer does with near-duplicates: one partner, its participations re-pointed.
  data.partners = data.partners.filter((p) => !MERGED[p.id]);
  data.participations = data.participations.map((p) => ({ ...p, partner: MERGED[p.partner] ?? p.partner }));
  return data;
}

const edges = (g: DiagonalGraph) =>
  g.mapEdges((_e, a, s, t) => `${s} ${a.type}${a.type === "ADDRESSES" ? `:${a.weight}` : a.type === "PARTICIPATES_IN" ? `:${a.role}` : ""} ${t}`).sort();

describe("projectGraph", () => {
  let t: TestDb;
  let db: Database;
  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, DIR.pathname);
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("reads every node and relationship the dataset has, with their attributes", async () => {
    const expected = datasetToGraph(fixtures());
    const graph = await projectGraph(db);
    expect(graph.order).toBe(expected.order);
    expect(graph.size).toBe(expected.size);
    expect(edges(graph)).toEqual(edges(expected));
    expected.forEachNode((key, attrs) => {
      const got = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
      // Merged partners keep the name of the row that was kept; compare the rest.
      expect(got, key).toMatchObject(attrs.type === "partner" ? { type: "partner", id: attrs.id, kind: attrs.kind } : attrs);
    });
  });

  it("ignores analysis results stored in the graph", async () => {
    await t.rows("MATCH (p:Project {id: 'ln-talent-kmo'}) CREATE (r:AnalysisRun {id: 'r1'}) CREATE (p)-[:IN_COMMUNITY {label: 0}]->(r)");
    const graph = await projectGraph(db);
    expect(graph.hasNode("project:ln-talent-kmo")).toBe(true);
    expect(graph.filterNodes((k) => k.includes("r1"))).toEqual([]);
  });
});
