import { describe, expect, it } from "vitest";
import { emptyGraph, nodeKey } from "../../src/analysis/graph.ts";
import { inSentence, joinNatural, nameCommunities } from "../../src/analysis/community-names.ts";

function graphWith(projects: Record<string, string[]>) {
  const g = emptyGraph();
  const themes: Record<string, [string, string]> = { talent: ["Talentontwikkeling", "Talent development"], transp: ["Transparantie", "Transparency"], buurt: ["Bedrijf en buurt", "Company and neighbourhood"] };
  for (const [id, [nl, en]] of Object.entries(themes)) g.addNode(nodeKey("theme", id), { type: "theme", id, nameNl: nl, nameEn: en });
  for (const [p, ts] of Object.entries(projects)) {
    g.addNode(nodeKey("project", p), { type: "project", id: p, name: p, status: "active" });
    for (const t of ts) g.addEdge(nodeKey("project", p), nodeKey("theme", t), { type: "ADDRESSES", weight: 1 });
  }
  return g;
}

describe("community names", () => {
  it("joins words naturally in each language", () => {
    expect(joinNatural(["a"], "nl")).toBe("a");
    expect(joinNatural(["a", "b"], "nl")).toBe("a en b");
    expect(joinNatural(["a", "b", "c"], "en")).toBe("a, b and c");
  });

  it("names a community after the themes that set it apart, not the ones everybody shares", () => {
    // Every network addresses transparency; community 0 is about talent, community 1 about the neighbourhood.
    const g = graphWith({ p1: ["talent", "transp"], p2: ["talent", "transp"], p3: ["buurt", "transp"], p4: ["buurt", "transp"] });
    const names = nameCommunities(g, [
      { projectId: "p1", community: 0 }, { projectId: "p2", community: 0 },
      { projectId: "p3", community: 1 }, { projectId: "p4", community: 1 },
    ], { themesInName: 1 });
    expect(names.map((n) => [n.community, n.size, n.nameNl, n.nameEn])).toEqual([
      [0, 2, "Talentontwikkeling", "Talent development"],
      [1, 2, "Bedrijf en buurt", "Company and neighbourhood"],
    ]);
    expect(names[0]!.themes.map((t) => t.id)).toEqual(["talent", "transp"]);
  });

  it("falls back to a numbered name when a community has no themes", () => {
    const g = graphWith({ p1: [] });
    expect(nameCommunities(g, [{ projectId: "p1", community: 3 }])[0]).toMatchObject({ nameNl: "Gemeenschap 3", nameEn: "Community 3" });
  });

  it("writes theme names inside a name as in a sentence: lower case first, acronyms and later capitals kept", () => {
    expect(inSentence("Companies and NGOs north and south")).toBe("companies and NGOs north and south");
    expect(inSentence("KMO's en grote bedrijven")).toBe("KMO's en grote bedrijven");
    expect(inSentence("Transparantie")).toBe("transparantie");
  });
});
