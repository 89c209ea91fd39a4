// The contacts model chosen on a graph's own history, on hand-made graphs.
// Selection: 40 copies of one motif. Organisation R worked with two hubs H1 and H2 (network X) and
// with a small partner S (network Y); the hubs share a network with ten others C0–C9 (network Z), S
// with one other, T (network W). Later R and T meet (network L, after the inner cutoff). Common
// neighbours and Adamic–Adar put the ten organisations behind both hubs first (two common partners
// of degree 12 against one of degree 2: 2 > 1, 2/ln(e+12) > 1/ln(e+2)); resource allocation puts T
// first (1/2 > 2/12), also with the hubs' networks more recent (recency 0.79 and 1 against 0.5 and
// 0.63). So the inner split must choose resource allocation.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildHistoryIndex } from "../../src/analysis/recommend/history-index.ts";
import { contactModelInfo, fitContactModel } from "../../src/analysis/recommend/contact-model.ts";
import { CONTACT_VARIANTS, rankContactVariants, variantName } from "../../src/analysis/recommend/contact-variants.ts";
import { walkVia } from "../../src/analysis/recommend/contact-walk.ts";
import { contactItems, contactScorer } from "../../src/analysis/recommend/contacts.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { introductions, servedContacts } from "../../src/services/contact-introductions.ts";
import { partner, project } from "./analysis-fixture.ts";

function motifs(copies: number) {
  const d = emptyDataset();
  const member: [string, string][] = [];
  for (let m = 0; m < copies; m++) {
    const id = (x: string) => `${x}-${m}`;
    const dated = (p: string, start: string) => ({ ...project(id(p)), start, status: "completed" as const });
    d.projects.push(dated("Y", "2015-01-01"), dated("W", "2016-01-01"), dated("X", "2017-01-01"), dated("Z", "2018-01-01"), dated("L", "2020-01-01"));
    const others = Array.from({ length: 10 }, (_, i) => id(`C${i}`));
    for (const r of ["R", "H1", "H2", "S", "T"].map(id).concat(others)) d.partners.push(partner(r, "company"));
    member.push([id("R"), id("X")], [id("H1"), id("X")], [id("H2"), id("X")], [id("H1"), id("Z")], [id("H2"), id("Z")], ...others.map((c) => [c, id("Z")] as [string, string]));
    member.push([id("R"), id("Y")], [id("S"), id("Y")], [id("S"), id("W")], [id("T"), id("W")], [id("R"), id("L")], [id("T"), id("L")]);
  }
  d.participations = member.map(([partner, project]) => ({ partner, project, role: "partner" as const }));
  return datasetToGraph(d);
}

describe("contacts model", () => {
  const graph = motifs(40);

  it("chooses the weighting the history's own inner split prefers, and prints every variant", () => {
    const m = fitContactModel(graph);
    expect(m.reason).toBeUndefined();
    expect(variantName(m.variant!)).toBe("resourceAllocation");
    expect(m.innerCutoff).toBe("2020-01-01");
    expect(m.figures.map((f) => f.variant)).toEqual(CONTACT_VARIANTS.map(variantName));
    const hits = Object.fromEntries(m.figures.map((f) => [f.variant, f.hits.mean]));
    // R's new partner T is in resource allocation's top 10, behind ten others for the other two.
    expect(hits.resourceAllocation).toBe(1);
    expect(hits.commonNeighbours).toBe(0.5);
    expect(hits.adamicAdar).toBe(0.5);
    // Deterministic: the same graph gives the same choice and figures.
    expect(fitContactModel(graph).figures).toEqual(m.figures);
  });

  it("serves the chosen variant and says so; a graph too small to split keeps the hand score", async () => {
    const served = await servedContacts(graph, buildHistoryIndex(graph));
    const r = served.scorer.index.partnerIndex.get("S-0")!;
    const answer = introductions(served, r, 5);
    expect(answer.model).toEqual({ source: "learned", variant: "resourceAllocation", innerCutoff: "2020-01-01", queries: 80 });
    const small = motifs(3);
    const hand = await servedContacts(small, buildHistoryIndex(small));
    const out = introductions(hand, hand.scorer.index.partnerIndex.get("R-0")!, 5);
    expect(out.model.source).toBe("hand");
    expect(out.model.reason).toMatch(/^too little history to choose from \(15 dated networks, need 20\)$/);
    expect(contactModelInfo(hand.model)).toEqual(out.model);
  });

  it("names the path of a candidate ranked high through the walk, in Dutch and English", () => {
    // A met B (N1) and F (N5); B met C (N2) and D (N3); F met G (N6). With one common partner
    // expanded (F), C and D are found by the walk only, through B.
    const d = emptyDataset();
    d.projects = ["N1", "N2", "N3", "N5", "N6"].map((id) => project(id));
    d.partners = ["A", "B", "C", "D", "F", "G"].map((id) => partner(id, "company"));
    d.participations = [["A", "N1"], ["B", "N1"], ["B", "N2"], ["C", "N2"], ["B", "N3"], ["D", "N3"], ["A", "N5"], ["F", "N5"], ["F", "N6"], ["G", "N6"]].map(([r, p]) => ({ partner: r!, project: p!, role: "partner" as const }));
    const index = buildHistoryIndex(datasetToGraph(d));
    const s = contactScorer(index, { maxVia: 1 });
    const a = index.partnerIndex.get("A")!;
    const at = (id: string) => index.partnerIndex.get(id)!;
    expect(walkVia(s, a, at("C")).map((v) => v.via)).toEqual([at("B")]);
    const [ranked] = rankContactVariants(s, a, [{ weighting: "commonNeighbours", walk: true }], 10);
    const served = { scorer: s, model: { variant: { weighting: "commonNeighbours" as const, walk: true }, innerCutoff: "2024-01-01", queries: 40, figures: [], seconds: 0 } };
    const items = introductions(served, a, 10).items;
    expect(items.map((i) => i.partnerId)).toEqual(ranked!.map((c) => index.partnerIds[c.partner]));
    const c = items.find((i) => i.partnerId === "C")!;
    expect(c.reasons.nl[0]).toBe("Partner van een partner: via Organisatie B");
    expect(c.reasons.en[0]).toBe("A partner of a partner: via Organisatie B");
    // G is first in both lists: its reason is its common partner, not the walk.
    const g = items.find((i) => i.partnerId === "G")!;
    expect(g.reasons.en[0]).toBe("1 common partner: Organisatie F");
    expect(contactItems(s, a, ranked!).find((i) => i.partnerId === "C")!.reasons.en.join()).not.toMatch(/via/);
  });
});
