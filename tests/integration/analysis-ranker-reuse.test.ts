// A run reuses the previous complete run's learned rankers when the decisions, the seed and the
// weights are unchanged and the graph changed less than the threshold since they were fitted, and
// records which run fitted them, how much the graph changed and why; a larger change, or any change
// to the other inputs, fits them again. Against a real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { decideSuggestion, getRun, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { updateProject } from "../../src/services/entities/projects.ts";
import { RANKER_REUSE, type RankerProvenance } from "../../src/services/analysis/run-rankers.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const provenance = (run: { params: Record<string, unknown> }) => run.params.rankers as RankerProvenance;

describe("analysis ranker reuse", () => {
  let t: TestDb;
  let db: Database;
  const { dataset } = generateDataset({ projects: 240, seed: 11 });

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

  it("fits the rankers on a first run, and a second run on unchanged data reuses them, naming the run that fitted them", async () => {
    const first = await runAnalysis(db, { seed: 3 });
    expect(first.rankers?.networks.source).toBe("learned");
    expect(provenance(first).reusedFrom).toBeUndefined();

    const second = await runAnalysis(db, { seed: 3 });
    expect(provenance(second).inputs).toBe(provenance(first).inputs);
    expect(provenance(second).reusedFrom).toBe(first.id);
    expect(provenance(second).reason).toMatch(new RegExp(`unchanged since run ${first.id}`));
    expect(second.rankers).toEqual(first.rankers);
    // Stored with the run: a later reader sees why.
    expect(provenance(await getRun(db, second.id)).reusedFrom).toBe(first.id);

    // A third run still names the run that fitted them, not the one that reused them.
    const third = await runAnalysis(db, { seed: 3 });
    expect(provenance(third).reusedFrom).toBe(first.id);
  });

  it("fits again with another seed", async () => {
    const run = await runAnalysis(db, { seed: 4 });
    expect(provenance(run).reusedFrom).toBeUndefined();
    expect(run.rankers?.networks.source).toBe("learned");
  });

  it("fits again after a decision", async () => {
    // The generated networks ended in the past: a suggestion to decide on needs every period.
    const before = await runAnalysis(db, { seed: 4, period: "all" });
    expect(provenance(before).reusedFrom).toBeDefined();
    const [s] = await getSuggestions(db, { limit: 1 });
    await decideSuggestion(db, s!.id, "reject", "not now");
    const after = await runAnalysis(db, { seed: 4, period: "all" });
    expect(provenance(after).reusedFrom).toBeUndefined();
    expect(provenance(after).inputs).not.toBe(provenance(before).inputs);
  });

  it("reuses them after a small change to the graph, saying how much changed, and fits again after a large one", async () => {
    const before = await runAnalysis(db, { seed: 4 });
    expect(provenance(before).reusedFrom).toBeDefined();
    const fittedBy = provenance(before).reusedFrom!;
    const project = dataset.projects[5]!;
    await updateProject(db, project.id, { description: `${project.description ?? ""} circular procurement pilot` });
    const after = await runAnalysis(db, { seed: 4 });
    expect(provenance(after).inputs).not.toBe(provenance(before).inputs);
    expect(provenance(after).reusedFrom).toBe(fittedBy);
    // One network of 240 may fall outside the sketch's sample: an estimate of 0 is possible.
    expect(provenance(after).graphChange).toBeGreaterThanOrEqual(0);
    expect(provenance(after).graphChange).toBeLessThan(RANKER_REUSE.maxGraphChange);
    expect(provenance(await getRun(db, after.id)).reason).toMatch(/of the graph's nodes and edges changed since run .* fitted the rankers/);

    // Every network's description changed: well beyond the threshold.
    await t.rows("MATCH (p:Project) SET p.description = coalesce(p.description, '') + ' circular procurement pilot'");
    const changed = await runAnalysis(db, { seed: 4 });
    expect(provenance(changed).reusedFrom).toBeUndefined();
    expect(changed.rankers?.networks.source).toBe("learned");
  });

  it("never reuses the defaults of a run whose weights were given by hand", async () => {
    const weights = { themes: 0.25, partners: 0.3, text: 0.25, outcomes: 0.1, complementarity: 0.1 };
    const byHand = await runAnalysis(db, { seed: 4, weights });
    expect(byHand.rankers?.networks.source).toBe("default");
    const next = await runAnalysis(db, { seed: 4 });
    expect(provenance(next).reusedFrom).toBeUndefined();
    expect(next.rankers?.networks.source).toBe("learned");
  });
});
