// Opportunities on hand-built graphs: theme gaps, isolated networks, brokers, reusable outcomes and
// partner recommendations, with their reasons.
import { describe, expect, it } from "vitest";
import { alignCommunities } from "../../src/analysis/align-communities.ts";
import { commonNeighbourPartners } from "../../src/evaluation/common-neighbours.ts";
import { candidatePairs } from "../../src/analysis/candidates.ts";
import { detectCommunities } from "../../src/analysis/communities.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { brokerPartners } from "../../src/analysis/opportunities/brokers.ts";
import { isolatedNetworks } from "../../src/analysis/opportunities/isolated-networks.ts";
import { recommendPartners } from "../../src/analysis/opportunities/partner-recommendations.ts";
import { reusableOutcomes } from "../../src/analysis/opportunities/reusable-outcomes.ts";
import { themeGaps } from "../../src/analysis/opportunities/theme-gaps.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { DEFAULT_WEIGHTS, scorePairs } from "../../src/analysis/similarity.ts";
import type { Dataset } from "../../src/schemas/index.ts";
import { fourNetworks, partner } from "./analysis-fixture.ts";

function analyse(d: Dataset) {
  const graph = datasetToGraph(d);
  const profiles = buildProfiles(graph);
  const pairs = scorePairs(profiles, candidatePairs(profiles, DEFAULT_WEIGHTS, 1), DEFAULT_WEIGHTS);
  const labels = alignCommunities(profiles, detectCommunities(profiles, pairs, { seed: 1 }).membership);
  return { graph, profiles, pairs, labels };
}

describe("themeGaps", () => {
  it("reports themes with few networks, no outcomes or no links to other themes", () => {
    const { profiles } = analyse(fourNetworks());
    const gaps = themeGaps(profiles);
    // Networks per theme: T1 2, T2 2, T3 1 → median 2, "few" means ≤ max(3, ⌊2·0.25⌋) = 3.
    // T3: 0.5·(1 − 1/4) + 0.3 (no outcomes) + 0.2 (no links) = 0.875; T1, T2: 0.5·(1 − 2/4) = 0.25.
    expect(gaps.map((g) => [g.key, g.score])).toEqual([["theme-gap:T3", 0.875], ["theme-gap:T1", 0.25], ["theme-gap:T2", 0.25]]);
    expect(gaps[0]!.reasons).toEqual({
      nl: ["Thema Noord-Zuid: slechts 1 netwerk werkt errond", "er is nog geen resultaat over dit thema", "geen netwerk verbindt het met een ander thema"],
      en: ["Theme North-South: only 1 network works on it", "no outcome is about this theme yet", "no network links it to another theme"],
    });
    expect(gaps[0]!.subjects).toEqual([{ type: "theme", id: "T3" }]);
  });
});

describe("isolatedNetworks", () => {
  it("reports a network that shares no partner with any other", () => {
    const { profiles, pairs, labels } = analyse(fourNetworks());
    const isolated = isolatedNetworks(profiles, pairs, labels);
    const d = isolated.find((o) => o.key === "isolated:D")!;
    expect(d.details.sharesNoPartner).toBe(true);
    expect(d.reasons.en.map((r) => r.toLowerCase())).toContain("it shares no partner with any other network");
    expect(d.reasons.nl.map((r) => r.toLowerCase())).toContain("het deelt geen enkele partner met een ander netwerk");
    // D's best link is C through the word "buurt": text weight 0.25 × cosine 1.
    expect(d.details.strongestSimilarity).toBeCloseTo(0.25, 6);
    expect(d.score).toBeCloseTo(0.75, 6);
    expect(isolated.map((o) => o.key)).not.toContain("isolated:A");
  });
});

describe("brokerPartners", () => {
  it("ranks partners by how evenly their networks spread over communities", () => {
    const { profiles, labels } = analyse(fourNetworks());
    const brokers = brokerPartners(profiles, labels, { minCommunities: 1 });
    // Only partners in at least two networks qualify: P1 (A, B) and P2 (A, B, C).
    expect(brokers.map((b) => b.key).sort()).toEqual(["broker:P1", "broker:P2"]);
    for (const b of brokers) {
      const networks = profiles.partnerProjects[profiles.partnerIds.indexOf(b.subjects[0]!.id)]!;
      const perCommunity = new Map<number, number>();
      for (const p of networks) perCommunity.set(labels[p]!, (perCommunity.get(labels[p]!) ?? 0) + 1);
      const expected = 1 - [...perCommunity.values()].reduce((s, k) => s + (k / networks.length) ** 2, 0);
      expect(b.score).toBeCloseTo(expected, 6);
    }
  });

  it("names the organisation and the clusters in the reasons", () => {
    const d = fourNetworks();
    // A hub in every network: it spans every community there is.
    d.partners.push(partner("HUB", "consultancy", { name: "Kenniscentrum MVO" }));
    for (const p of ["A", "B", "C", "D"]) d.participations.push({ partner: "HUB", project: p, role: "partner" });
    const { profiles, labels } = analyse(d);
    const communities = new Set(labels).size;
    const hub = brokerPartners(profiles, labels).find((b) => b.key === "broker:HUB")!;
    expect(hub.reasons.nl[0]).toBe(`Kenniscentrum MVO is actief in 4 netwerken uit ${communities} clusters`);
    expect(hub.reasons.en[0]).toBe(`Kenniscentrum MVO is active in 4 networks across ${communities} clusters`);
  });
});

describe("reusableOutcomes", () => {
  it("offers an outcome to a similar network on its theme, not to one it already works with", () => {
    const { graph, profiles, pairs } = analyse(fourNetworks());
    const found = reusableOutcomes(graph, profiles, pairs);
    const o2 = found.find((o) => o.key === "reusable-outcome:O2:A")!;
    // O2 ("Tool", about T1) of B; A addresses T1 → theme fit 1; the title shares no term → fit 0.5.
    expect(o2.details).toMatchObject({ from: "B", to: "A", themeFit: 1, textFit: 0, themes: ["T1"] });
    expect(o2.score).toBe(0.5);
    expect(o2.reasons.nl[0]).toBe('Het resultaat "Tool" van Netwerk B past bij Netwerk A');
    expect(o2.reasons.en[1]).toBe("same theme: transparency");

    const d = fourNetworks();
    d.collaborations = [{ from: "A", to: "B" }];
    const again = analyse(d);
    expect(reusableOutcomes(again.graph, again.profiles, again.pairs).map((o) => o.key)).not.toContain("reusable-outcome:O2:A");
  });
});

describe("recommendPartners", () => {
  it("recommends the partner of the most similar network, with the network it comes through", () => {
    const { profiles, pairs, labels } = analyse(fourNetworks());
    const a = profiles.projectIndex.get("A")!;
    const [best] = recommendPartners(profiles, pairs, labels, 3)[a]!;
    expect(profiles.partnerIds[best!.partner]).toBe("P4");
    expect(best!.via.map((q) => profiles.projectIds[q])).toEqual(["B"]);
    // Never a partner the network already has.
    const own = new Set(profiles.projectPartners[a]!);
    expect(recommendPartners(profiles, pairs, labels, 10)[a]!.every((r) => !own.has(r.partner))).toBe(true);
  });

  it("baseline: common neighbours counts paths network – partner – network – partner", () => {
    const { profiles } = analyse(fourNetworks());
    // A's partners P1, P2 reach B (twice) and C: P4 via B scores 2; C's partners are all A's.
    expect(commonNeighbourPartners(profiles, profiles.projectIndex.get("A")!, 5).map((r) => profiles.partnerIds[r])).toEqual(["P4"]);
  });
});
