// Introductions between organisations on a hand-made graph: A worked with B (N1); B with C (N2) and
// D (N3); C with E (N4). A should meet C and D (common partner B), never B (already met) nor itself.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildHistoryIndex } from "../../src/analysis/recommend/history-index.ts";
import { contactItems, contactScorer, rankContacts } from "../../src/analysis/recommend/contacts.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { partner, project, theme } from "./analysis-fixture.ts";

function graph() {
  const d = emptyDataset();
  d.themes = [theme("T1", "Transparantie", "Transparency")];
  d.projects = ["N1", "N2", "N3", "N4"].map((id) => project(id));
  d.partners = [partner("A", "company"), partner("B", "ngo"), partner("C", "academic"), partner("D", "company"), partner("E", "ngo")];
  d.projectThemes = ["N1", "N2", "N3"].map((p) => ({ project: p, theme: "T1", weight: 1 }));
  d.participations = [["A", "N1"], ["B", "N1"], ["B", "N2"], ["C", "N2"], ["B", "N3"], ["D", "N3"], ["C", "N4"], ["E", "N4"]].map(([r, p]) => ({ partner: r!, project: p!, role: "partner" as const }));
  return datasetToGraph(d);
}

describe("contacts", () => {
  const index = buildHistoryIndex(graph());
  const scorer = contactScorer(index);
  const a = index.partnerIndex.get("A")!;
  const items = contactItems(scorer, a, rankContacts(scorer, a, 10));

  it("introduces organisations met through common partners, never those already met", () => {
    const ids = items.map((i) => i.partnerId);
    expect(ids.slice(0, 2).sort()).toEqual(["C", "D"]);
    expect(ids).not.toContain("A");
    expect(ids).not.toContain("B");
    expect(items.find((i) => i.partnerId === "C")!.commonPartners).toEqual(["B"]);
  });

  it("explains common partners, shared themes and complementarity in Dutch and English", () => {
    const c = items.find((i) => i.partnerId === "C")!;
    expect(c.reasons.nl).toEqual(["1 gemeenschappelijke partner: Organisatie B", "werkt ook rond transparantie", "complementair: bedrijf en kennisinstelling op dezelfde thema's"]);
    expect(c.reasons.en).toEqual(["1 common partner: Organisatie B", "also works on transparency", "complementary: company and knowledge institution on the same themes"]);
    const d = items.find((i) => i.partnerId === "D")!;
    // Same kind as A: no complementarity.
    expect(d.reasons.en).toEqual(["1 common partner: Organisatie B", "also works on transparency"]);
  });
});
