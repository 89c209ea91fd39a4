// Pair fingerprints decide whether a rejected pair may be suggested again: they change with a
// network's themes, partners, outcomes or text, and not with its status or with other networks.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";
import { excludedPairs } from "../../src/services/analysis/decisions.ts";
import { pairFingerprinter, pairKeyOf } from "../../src/analysis/pair-fingerprint.ts";
import type { DecisionRecord } from "../../src/services/analysis/records.ts";

function dataset(): Dataset {
  const d = emptyDataset();
  d.themes.push({ id: "t1", nameNl: "Thema", nameEn: "Theme" });
  for (const id of ["a", "b", "c"]) d.projects.push({ id, name: `Netwerk ${id}`, start: "2020-01-01", status: "active" });
  d.partners.push({ id: "x", name: "X", kind: "sme", activeIn: "north" }, { id: "y", name: "Y", kind: "ngo", activeIn: "south" });
  d.projectThemes.push({ project: "a", theme: "t1", weight: 1 }, { project: "b", theme: "t1", weight: 0.5 });
  d.participations.push({ partner: "x", project: "a", role: "promoter" }, { partner: "x", project: "b", role: "partner" });
  return d;
}
const fp = (d: Dataset) => pairFingerprinter(datasetToGraph(d))("a", "b");

describe("pair fingerprints", () => {
  it("do not depend on the order of the pair or on unrelated networks and statuses", () => {
    const d = dataset();
    const f = pairFingerprinter(datasetToGraph(d));
    expect(f("a", "b")).toBe(f("b", "a"));
    const other = dataset();
    other.participations.push({ partner: "y", project: "c", role: "partner" });
    other.projects[0]!.status = "completed";
    expect(fp(other)).toBe(fp(d));
  });

  it("change when a theme weight, a partner, an outcome or the description of either network changes", () => {
    const base = fp(dataset());
    const weight = dataset(); weight.projectThemes[1]!.weight = 0.8;
    const partner = dataset(); partner.participations.push({ partner: "y", project: "b", role: "partner" });
    const outcome = dataset(); outcome.outcomes.push({ id: "o1", project: "a", title: "Gids", kind: "report", themes: [] });
    const text = dataset(); text.projects[1]!.description = "Nieuwe aanpak";
    for (const d of [weight, partner, outcome, text]) expect(fp(d)).not.toBe(base);
  });

  it("exclude accepted pairs and unchanged rejected pairs, not rejected pairs that changed", () => {
    const d = dataset();
    const f = pairFingerprinter(datasetToGraph(d));
    const decision = (a: string, b: string, decision: "accepted" | "rejected", fingerprint: string): DecisionRecord =>
      ({ pairKey: pairKeyOf(a, b), a, b, decision, fingerprint, decidedAt: "2026-01-01T00:00:00Z", suggestionId: "s", runId: "r", version: 1, madeCollaboration: false, history: [] });
    const out = excludedPairs([
      decision("a", "b", "rejected", f("a", "b")),
      decision("a", "c", "rejected", "stale"),
      decision("b", "c", "accepted", "stale"),
    ], datasetToGraph(d));
    expect([...out].sort()).toEqual(["a|b", "b|c"]);
  });
});
