// Reasons that are true, checked against hand-counted cases in Dutch and English: "active in N
// networks on …" counts distinct networks; the lead is named when it is the reason; generic words
// ("testen", "bouwen") are never named as shared terms (the stop list learned from document
// frequency within themes); theme names appear as stored; identical reasons are told apart.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { buildRecommender, queryForProject, recommendPartnersFor } from "../../src/analysis/recommend/recommend.ts";
import { sharedTermsByLanguage } from "../../src/analysis/signals/text-similarity.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { partner, project, theme } from "./analysis-fixture.ts";
import { loadMvoFixture } from "./fixture-dataset.ts";

/**
 * Partner X takes part in N1 (themes T1 and T2), N2 (T1), N3 (T2) and N4 (T3): on T1 or T2 it is
 * active in 3 distinct networks (N1, N2, N3), although network × theme pairs number 4.
 * Q (T1, T2) is led by L, who worked with X in N1. Y and Z are alike in everything but kind and region.
 */
function handCounted() {
  const d = emptyDataset();
  d.themes = [theme("T1", "Transparantie", "Transparency"), theme("T2", "Bedrijfsgrootte / MVO in kmo's", "Company size / CSR in SMEs"), theme("T3", "Noord-Zuid", "North-South")];
  d.projects = ["N1", "N2", "N3", "N4", "N5", "Q"].map((id) => project(id));
  d.partners = [partner("X", "ngo"), partner("L", "company"), partner("Y", "sme", { region: "Gent" }), partner("Z", "academic", { region: "Leuven" })];
  d.projectThemes = [
    ["N1", "T1"], ["N1", "T2"], ["N2", "T1"], ["N3", "T2"], ["N4", "T3"], ["N5", "T1"], ["Q", "T1"], ["Q", "T2"],
  ].map(([p, t]) => ({ project: p!, theme: t!, weight: 1 }));
  d.participations = [
    ["X", "N1"], ["X", "N2"], ["X", "N3"], ["X", "N4"], ["L", "N1"], ["Y", "N5"], ["Z", "N5"], ["L", "Q"],
  ].map(([r, p]) => ({ partner: r!, project: p!, role: r === "L" && p === "Q" ? ("promoter" as const) : ("partner" as const) }));
  return d;
}

describe("partner reasons", () => {
  const r = buildRecommender(datasetToGraph(handCounted()), { seed: 1 });
  const items = recommendPartnersFor(r, queryForProject(r.index, "Q")!, 10);
  const x = items.find((i) => i.partnerId === "X")!;

  it("count distinct networks on the network's themes, in Dutch and English", () => {
    expect(x.reasons.nl).toContain("actief in 3 netwerken rond transparantie en Bedrijfsgrootte / MVO in kmo's");
    expect(x.reasons.en).toContain("active in 3 networks on transparency and Company size / CSR in SMEs");
  });

  it("name the lead when working with the lead is the reason", () => {
    expect(x.reasons.nl[0]).toBe("Werkte al met Organisatie L (de trekker) samen in 1 netwerk");
    expect(x.reasons.en[0]).toBe("Has worked with Organisatie L (the lead) in 1 network");
  });

  it("tell apart candidates whose reasons are otherwise the same", () => {
    const y = items.find((i) => i.partnerId === "Y")!;
    const z = items.find((i) => i.partnerId === "Z")!;
    expect(y.reasons.nl.at(-1)).toBe("verschilt van gelijkaardige kandidaten: kmo, uit Gent");
    expect(z.reasons.nl.at(-1)).toBe("verschilt van gelijkaardige kandidaten: kennisinstelling, uit Leuven");
    expect(y.reasons.en.at(-1)).toBe("differs from similar candidates: SME, based in Gent");
    expect(z.reasons.en.at(-1)).toBe("differs from similar candidates: knowledge institution, based in Leuven");
  });
});

describe("shared terms", () => {
  const graph = datasetToGraph(loadMvoFixture());
  const allShared = (profiles: ReturnType<typeof buildProfiles>) => {
    const words = new Set<string>();
    const n = profiles.projectIds.length;
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (const w of sharedTermsByLanguage(profiles, a, b, 50).nl) words.add(w);
    return words;
  };

  it("never name words every kind of network uses, learned from their spread over themes", () => {
    // Without the learned stop list, "testen" and "bouwen" would be named as what two networks share.
    const unlearned = allShared(buildProfiles(graph, { spreadTermMinCount: 1_000_000 }));
    expect([...unlearned].filter((w) => /^(testen|bouwen)$/.test(w)).sort()).toEqual(["bouwen", "testen"]);
    const learned = allShared(buildProfiles(graph));
    expect(learned.has("testen")).toBe(false);
    expect(learned.has("bouwen")).toBe(false);
    // Subject words shared by networks on one theme stay.
    expect(learned.size).toBeGreaterThan(5);
  });
});
