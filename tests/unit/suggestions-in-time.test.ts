// Suggestions in time: seen from a given day, a collaboration suggestion pairs only networks that
// run then or will (active or planned, end not passed) with overlapping periods; past networks go to
// the "learn from" list, with their outcomes named.
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { datasetToGraph, nodeKey, type ProjectNode } from "../../src/analysis/graph.ts";
import { isStaleActive, periodOf, periodsOverlap, timingOf } from "../../src/analysis/network-periods.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "../../src/analysis/options.ts";
import { loadMvoFixture } from "./fixture-dataset.ts";
import { fourNetworks } from "./analysis-fixture.ts";

const d = loadMvoFixture();
const graph = datasetToGraph(d);
const node = (id: string) => graph.getNodeAttributes(nodeKey("project", id)) as ProjectNode;
const overlap = (a: string, b: string) => periodsOverlap(periodOf(node(a)), periodOf(node(b)));
// The fixture networks that run on 2026-12-06 (active or planned, end not passed).
const RUNNING_2026 = [
  "ln-talent-kmo", "ln-talent-doorstroom", "ln-rapporteren-kmo", "ln-ketenverantwoordelijkheid",
  "ln-sociaal-overleg", "ln-inclusive-hr", "ln-mvo-kompas-limburg", "ln-circular-procurement",
];

describe("network periods", () => {
  it("tells running, past and stale networks apart, with partial end dates read to their last day", () => {
    const p = (status: string, start?: string, end?: string) => ({ status, ...(start ? { start } : {}), ...(end ? { end } : {}) });
    expect(timingOf(p("active", "2025-01-01"), "2026-12-06")).toBe("running");
    expect(timingOf(p("planned", "2027-01-01", "2028-12-31"), "2026-12-06")).toBe("running");
    expect(timingOf(p("completed", "2025-01-01", "2027-01-01"), "2026-12-06")).toBe("past");
    expect(timingOf(p("active", "2024-01-01", "2026-12-05"), "2026-12-06")).toBe("past");
    // "2026" as an end runs to 2026-12-31.
    expect(timingOf({ ...p("active", "2024"), end: "2026", endPrecision: "year" }, "2026-12-06")).toBe("running");
    expect(isStaleActive(p("active", "2021-01-01", "2023-12-31"), "2026-12-06")).toBe(true);
    expect(isStaleActive(p("completed", "2021-01-01", "2023-12-31"), "2026-12-06")).toBe(false);
    expect(periodsOverlap({ start: "2027-01-01" }, { start: "2025-01-01", end: "2026-12-31" })).toBe(false);
    expect(periodsOverlap({ start: "2026-12-31" }, { start: "2025-01-01", end: "2026-12-31" })).toBe(true);
  });
});

describe("suggestions in time on the fixture", () => {
  it("without a day, a top suggestion pairs two networks whose periods never overlapped (the old behaviour)", () => {
    const timeless = analyzeGraph(graph, DEFAULT_ANALYSIS_OPTIONS);
    // Bedrijf en buurt Antwerpen-Noord ran 2009–2011, Ondernemen in de wijk 2021–2023.
    expect(overlap("ln-buurt-antwerpen", "ln-buurt-gent")).toBe(false);
    expect(timeless.suggestions.slice(0, 3).some((s) => s.a === "ln-buurt-antwerpen" && s.b === "ln-buurt-gent")).toBe(true);
    expect(timeless.opportunities.some((o) => o.kind === "learn-from")).toBe(false);
  });

  for (const now of ["2026-12-06", "2023-06-01"]) {
    it(`seen from ${now}, never suggests a past network or a pair whose periods never overlapped`, () => {
      const r = analyzeGraph(graph, { ...DEFAULT_ANALYSIS_OPTIONS, now });
      for (const s of r.suggestions) {
        expect(timingOf(node(s.a), now), s.a).toBe("running");
        expect(timingOf(node(s.b), now), s.b).toBe("running");
        expect(overlap(s.a, s.b), `${s.a}|${s.b}`).toBe(true);
      }
      const completed = d.projects.filter((p) => p.status === "completed").map((p) => p.id);
      const suggested = new Set(r.suggestions.flatMap((s) => [s.a, s.b]));
      for (const c of completed) expect(suggested.has(c), c).toBe(false);
      expect(r.suggestions.some((s) => s.a === "ln-buurt-antwerpen" && s.b === "ln-buurt-gent")).toBe(false);
    });
  }

  it("seen from 2026-12-06, pairs only the networks that run then, and a sensible inbox is not empty", () => {
    const r = analyzeGraph(graph, { ...DEFAULT_ANALYSIS_OPTIONS, now: "2026-12-06" });
    expect([...RUNNING_2026].sort()).toEqual(d.projects.filter((p) => timingOf(node(p.id), "2026-12-06") === "running").map((p) => p.id).sort());
    expect(r.suggestions.length).toBeGreaterThanOrEqual(5);
    for (const s of r.suggestions) expect(RUNNING_2026).toEqual(expect.arrayContaining([s.a, s.b]));
    // The complementary pair on talent development (SMEs and the social economy) runs now and is suggested.
    expect(r.suggestions.some((s) => s.a === "ln-talent-doorstroom" && s.b === "ln-talent-kmo")).toBe(true);
    // Planned from 2027-09, after Talent in kmo's ends (2027-06): both run, but their periods never meet.
    expect(overlap("ln-circular-procurement", "ln-talent-kmo")).toBe(false);
    expect(r.suggestions.some((s) => s.a === "ln-circular-procurement" && s.b === "ln-talent-kmo")).toBe(false);
  });

  it("keeps one network marked active past its end date, so the stale flag has a case", () => {
    expect(d.projects.filter((p) => isStaleActive(node(p.id), "2026-12-06")).map((p) => p.id)).toEqual(["ln-buurt-gent"]);
  });

  it("puts completed networks in a labelled learn-from list for running networks, outcomes named", () => {
    const now = "2026-12-06";
    const r = analyzeGraph(graph, { ...DEFAULT_ANALYSIS_OPTIONS, now });
    const learn = r.opportunities.filter((o) => o.kind === "learn-from");
    expect(learn.length).toBeGreaterThan(0);
    for (const o of learn) {
      const [running, past] = o.subjects.map((s) => s.id) as [string, string];
      expect(timingOf(node(running), now)).toBe("running");
      expect(timingOf(node(past), now)).toBe("past");
      const outcomes = d.outcomes.filter((x) => x.project === past);
      if (outcomes.length) {
        expect(outcomes.some((x) => o.reasons.nl.join("; ").includes(`"${x.title}"`))).toBe(true);
        expect(outcomes.some((x) => o.reasons.en.join("; ").includes(`"${x.title}"`))).toBe(true);
      }
    }
    // A completed fixture network with outcomes appears as something to learn from.
    const completedWithOutcomes = new Set(d.outcomes.map((x) => x.project).filter((p) => d.projects.find((q) => q.id === p)!.status === "completed"));
    expect(learn.some((o) => completedWithOutcomes.has(o.subjects[1]!.id))).toBe(true);
  });

  it("never pairs a planned network with one that ends before it starts", () => {
    const four = fourNetworks();
    four.projects = four.projects.map((p) =>
      p.id === "A" ? { ...p, status: "planned" as const, start: "2028-01-01" } : p.id === "B" ? { ...p, start: "2025-01-01", end: "2027-12-31" } : p,
    );
    const r = analyzeGraph(datasetToGraph(four), { ...DEFAULT_ANALYSIS_OPTIONS, now: "2026-12-06" });
    expect(r.suggestions.some((s) => s.a === "A" && s.b === "B")).toBe(false);
    const timeless = analyzeGraph(datasetToGraph(four), DEFAULT_ANALYSIS_OPTIONS);
    expect(timeless.suggestions.some((s) => s.a === "A" && s.b === "B")).toBe(true);
  });
});
