// Suggestions in time through the services on the MVO fixture: a run seen from a given day pairs
// only networks running then; suggestions carry each network's status and period (a network marked
// active past its end date is flagged) and filter on status; past networks are listed to learn
// from; the health report lists stale active networks; `recommend networks` serves running only or all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/connect.ts";
import { importPath } from "../../src/services/import-service.ts";
import { getOpportunities, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { staleActiveNetworks } from "../../src/services/reports/gather-health.ts";
import { networksForProject } from "../../src/services/recommendation-service.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

// The fixture networks that run on 2026-12-06 (active or planned, end not passed).
const RUNNING_NOW = [
  "ln-talent-kmo", "ln-talent-doorstroom", "ln-rapporteren-kmo", "ln-ketenverantwoordelijkheid",
  "ln-sociaal-overleg", "ln-inclusive-hr", "ln-mvo-kompas-limburg", "ln-circular-procurement",
];
const NOW = "2026-12-06";

describe("suggestions in time", () => {
  let t: TestDb;
  let db: Database;

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    await importPath(db, new URL("../../fixtures/mvo/", import.meta.url).pathname);
    // No period given: the default rule (running networks only) applies.
    await runAnalysis(db, { now: NOW });
  }, 300_000);
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("pairs only networks running on the run's day, each shown with its status and period", async () => {
    const list = await getSuggestions(db, { limit: 100 });
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect(RUNNING_NOW).toContain(s.a);
      expect(RUNNING_NOW).toContain(s.b);
      expect(["active", "planned"]).toContain(s.networks!.a.status);
      expect(["active", "planned"]).toContain(s.networks!.b.status);
    }
    const talent = list.find((s) => s.a === "ln-talent-doorstroom" && s.b === "ln-talent-kmo")!;
    expect(talent.networks!.b).toEqual({ status: "active", start: "2025-01-15", end: "2027-06-30", staleActive: false });
    // Ondernemen in de wijk is marked active but ended 2023-12-31: past, so never paired.
    expect(list.some((s) => s.a === "ln-buurt-gent" || s.b === "ln-buurt-gent")).toBe(false);
    expect(await getSuggestions(db, { status: "completed" })).toEqual([]);
    expect((await getSuggestions(db, { status: "active,planned", limit: 100 })).length).toBe(list.length);
  });

  it("lists past networks to learn from, with their outcomes", async () => {
    const learn = await getOpportunities(db, { kind: "learn-from" });
    expect(learn.length).toBeGreaterThan(0);
    const completed = (await t.rows<{ id: string }>("MATCH (p:Project {status: 'completed'}) RETURN p.id AS id")).map((r) => r.id);
    // Past: completed, or marked active with its end date passed.
    const past = [...completed, ...(await staleActiveNetworks(db, NOW)).map((s) => s.id)];
    for (const o of learn) {
      expect(RUNNING_NOW).toContain(o.subjects[0]!.id);
      expect(past).toContain(o.subjects[1]!.id);
      expect(o.reasons.nl[0]).toMatch(/kan leren van .* \(\d{4}–\d{4}, afgelopen\)/);
      expect(o.reasons.en[0]).toMatch(/can learn from .* \(\d{4}–\d{4}, ended\)/);
    }
    // Completed networks of the first call, with their outcomes, are among them.
    expect(learn.some((o) => completed.includes(o.subjects[1]!.id))).toBe(true);
  });

  it("lists networks marked active whose end date has passed, for the health report", async () => {
    const stale = await staleActiveNetworks(db, "2026-12-06");
    expect(stale.map((s) => [s.id, s.end])).toEqual([["ln-buurt-gent", "2023-12-31"]]);
    expect(await staleActiveNetworks(db, "2023-06-01")).toEqual([]);
  });

  it("recommends running networks only, or all with past ones labelled to learn from", async () => {
    const running = await networksForProject(db, "ln-mvo-kompas-limburg", { networks: "running", now: NOW, limit: 50 });
    expect(running.items.length).toBeGreaterThan(0);
    for (const i of running.items) expect(RUNNING_NOW).toContain(i.projectId);
    const all = await networksForProject(db, "ln-mvo-kompas-limburg", { now: NOW, limit: 50 });
    const past = all.items.filter((i) => i.timing === "past");
    expect(past.length).toBeGreaterThan(0);
    for (const i of past) {
      expect(i.reasons.nl[0]).toMatch(/^Afgelopen netwerk om van te leren \(\d{4}–\d{4}\)/);
      expect(i.reasons.en[0]).toMatch(/^Past network to learn from \(\d{4}–\d{4}\)/);
    }
  });

  it("flags a network marked active past its end date on a suggestion made while it ran", async () => {
    // Seen from 2023-06-01, Ondernemen in de wijk (2021-01-01 – 2023-12-31) still ran.
    await runAnalysis(db, { now: "2023-06-01" });
    const list = await getSuggestions(db, { project: "ln-buurt-gent", limit: 100 });
    expect(list.length).toBeGreaterThan(0);
    const s = list[0]!;
    const side = s.a === "ln-buurt-gent" ? s.networks!.a : s.networks!.b;
    // Marked active, ended 2023-12-31: flagged today.
    expect(side).toEqual({ status: "active", start: "2021-01-01", end: "2023-12-31", staleActive: true });
  });
});
