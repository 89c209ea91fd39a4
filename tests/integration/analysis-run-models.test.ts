// What an analysis run keeps besides its results, against a real Neo4j: the recommendation models
// (rankers learned on the graph's own history, or the defaults when the weights are given by hand,
// saying so) and the names of its communities. Both are stored on the run node, read back by `runs`
// and `/communities`, and the on-demand recommendations rank with the run's models.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { nameCommunities } from "../../src/analysis/community-names.ts";
import { NETWORK_FEATURES, PARTNER_FEATURES } from "../../src/analysis/recommend/candidates.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { getCommunities, getRun, listRuns, runAnalysis } from "../../src/services/analysis/index.ts";
import { storedCommunityNames } from "../../src/services/analysis/queries.ts";
import { namedCommunities } from "../../src/services/reports/report-run.ts";
import { describeRanker, partnersForProject } from "../../src/services/recommendation-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

describe("analysis run models", () => {
  let t: TestDb;
  let db: Database;
  const { dataset } = generateDataset({ projects: 240, seed: 7 });

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importDataset(db, dataset);
  });
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("learns the rankers on the graph's history, stores them with the run and shows them in runs", async () => {
    const run = await runAnalysis(db, { seed: 3 });
    expect(run.rankers?.partners.source).toBe("learned");
    expect(run.rankers?.networks.source).toBe("learned");
    expect(Object.keys(run.rankers!.partners.model.weights)).toEqual([...PARTNER_FEATURES]);
    expect(Object.keys(run.rankers!.networks.model.weights)).toEqual([...NETWORK_FEATURES]);
    // Stored on the run node as JSON, read back as they were learned.
    const [stored] = await t.rows<{ rankers: string }>("MATCH (r:AnalysisRun {id: $id}) RETURN r.rankers AS rankers", { id: run.id });
    expect(JSON.parse(stored!.rankers).partners.model.weights).toEqual(run.rankers!.partners.model.weights);
    expect((await getRun(db, run.id)).rankers).toEqual(run.rankers);
    // The list of runs leaves the models out (large); the run itself carries them.
    const listed = (await listRuns(db))[0]!;
    expect(listed.id).toBe(run.id);
    expect(listed.rankers).toBeUndefined();
    expect(describeRanker(run.rankers!.partners)).toMatch(/^learned weights: \w+ [+-]\d\.\d\d/);
  });

  it("answers on-demand recommendations with the latest run's rankers", async () => {
    const run = await getRun(db, (await listRuns(db))[0]!.id);
    const res = await partnersForProject(db, dataset.projects![0]!.id, { limit: 5 });
    expect(res.ranker).toEqual({ source: "learned", weights: run.rankers!.partners.model.weights });
  });

  it("keeps the defaults, saying why, when the signal weights are given by hand", async () => {
    const run = await runAnalysis(db, { seed: 3, weights: { themes: 1, partners: 0, text: 0, outcomes: 0, complementarity: 0 } });
    expect(run.rankers?.partners.source).toBe("default");
    expect(run.rankers?.partners.reason).toMatch(/--weights/);
    expect(run.rankers?.networks.reason).toMatch(/--weights/);
    const res = await partnersForProject(db, dataset.projects![0]!.id, { limit: 5 });
    expect(res.ranker.source).toBe("default");
    expect(describeRanker(run.rankers!.partners)).toMatch(/^default weights \(signal weights given/);
  });

  it("names every community of the run in Dutch and English, as nameCommunities does on the graph", async () => {
    const run = (await listRuns(db))[0]!;
    const communities = await getCommunities(db, run.id);
    expect(communities.length).toBe(run.counts.communities);
    const membership = communities.flatMap((c) => c.projects.map((p) => ({ projectId: p.id, community: c.label })));
    const expected = new Map(nameCommunities(datasetToGraph(dataset), membership).map((n) => [n.community, n]));
    for (const c of communities) {
      expect(c.nameNl).toBe(expected.get(c.label)!.nameNl);
      expect(c.nameEn).toBe(expected.get(c.label)!.nameEn);
      expect(c.nameNl).not.toBe(c.nameEn);
      expect(c.themes!.length).toBeGreaterThan(0);
    }
    // Run reads stay small: the names are read by their own query only.
    const [raw] = await t.rows<{ keys: string[] }>("MATCH (r:AnalysisRun {id: $id}) RETURN keys(r) AS keys", { id: run.id });
    expect(raw!.keys).toContain("communityNames");
    expect(Object.keys(await getRun(db, run.id))).not.toContain("communityNames");
  });

  it("reads the stored names wherever communities are named, and names a run stored without them from the graph", async () => {
    const run = (await listRuns(db))[0]!;
    const graph = datasetToGraph(dataset);
    const stored = await namedCommunities(db, graph, run.id);
    expect(stored.names).toEqual(await storedCommunityNames(db, run.id));
    // A run from before communities were named: the same names, computed from the graph.
    await t.rows("MATCH (r:AnalysisRun {id: $id}) REMOVE r.communityNames", { id: run.id });
    expect(await storedCommunityNames(db, run.id)).toBeUndefined();
    const computed = await namedCommunities(db, graph, run.id);
    expect(computed.names.map((n) => [n.community, n.nameNl, n.nameEn])).toEqual(stored.names.map((n) => [n.community, n.nameNl, n.nameEn]));
    expect((await getCommunities(db, run.id)).every((c) => c.nameNl === undefined)).toBe(true);
  });
});
