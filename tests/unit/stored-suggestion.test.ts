// A suggestion's id is derived, not stored: every (a, b, runId) an id may name is tried, dashes
// in project and run ids included; the explanation reads from `details` and from the older shape.
import { describe, expect, it } from "vitest";
import { readDetails, suggestionDetails, suggestionId, suggestionIdParts } from "../../src/services/analysis/stored-suggestion.ts";

describe("stored suggestion", () => {
  it("finds the pair and the run an id names, among all its splits", () => {
    const run = "run-20261206T231500123Z-a1b2c3";
    for (const [a, b] of [["p1", "p2"], ["cordis-101000001", "cordis-101000002"], ["a--x", "b-y--z"]] as const) {
      expect(suggestionIdParts(suggestionId(a, b, run))).toContainEqual({ a, b, runId: run });
    }
    // Only splits with a < b, as runs store pairs; no part is empty.
    expect(suggestionIdParts("s-b--a-r")).toEqual([]);
    expect(suggestionIdParts("x-a--b-r")).toEqual([]);
    expect(suggestionIdParts("s-a--b-")).toEqual([]);
    // A hostile id does not turn into an unbounded lookup.
    expect(suggestionIdParts(`s-${"--".repeat(100)}${"-".repeat(190)}`).length).toBeLessThanOrEqual(256);
  });

  it("reads the explanation from details and from the separate properties of older runs alike", () => {
    const s = { signals: { themes: 0.5 } as never, reasons: { nl: ["Beide"], en: ["Both"] }, evidence: { sharedThemes: ["t"], sharedPartners: [], topTerms: [], complementarity: [] } };
    expect(readDetails({ details: suggestionDetails(s) })).toEqual(s);
    expect(readDetails({ signals: JSON.stringify(s.signals), reasonsNl: ["Beide"], reasonsEn: ["Both"], evidence: JSON.stringify(s.evidence) })).toEqual(s);
    expect(readDetails({}).reasons).toEqual({ nl: [], en: [] });
  });
});
