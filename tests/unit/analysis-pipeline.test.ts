// Candidates, communities with stable labels, and suggestions on hand-built graphs.
import { describe, expect, it } from "vitest";
import { alignCommunities } from "../../src/analysis/align-communities.ts";
import { candidatePairs } from "../../src/analysis/candidates.ts";
import { detectCommunities } from "../../src/analysis/communities.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { DEFAULT_WEIGHTS, scorePairs, SIGNAL_NAMES } from "../../src/analysis/similarity.ts";
import { suggestCollaborations } from "../../src/analysis/suggestions.ts";
import { pairFingerprinter } from "../../src/analysis/pair-fingerprint.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";
import { fourNetworks, partner, project, theme } from "./analysis-fixture.ts";

const pairNames = (p: ReturnType<typeof buildProfiles>, keys: number[]) => {
  const n = p.projectIds.length;
  return keys.map((k) => `${p.projectIds[Math.floor(k / n)]}-${p.projectIds[k % n]}`);
};

describe("candidatePairs", () => {
  it("pairs exactly the projects that share a partner, a theme or a term", () => {
    const p = buildProfiles(datasetToGraph(fourNetworks()));
    // A–B (T1, P1, P2, text), A–C (T2, P2), B–C (P2), C–D ("buurt"); nothing links D to A or B.
    expect(pairNames(p, candidatePairs(p, DEFAULT_WEIGHTS, 1))).toEqual(["A-B", "A-C", "B-C", "C-D"]);
  });

  it("stays linear when one theme is shared by every project", () => {
    const d = emptyDataset();
    d.themes = [theme("T", "Thema", "Theme")];
    d.projects = Array.from({ length: 1000 }, (_, i) => project(`N${String(i).padStart(4, "0")}`, "", "x"));
    d.projectThemes = d.projects.map((x) => ({ project: x.id, theme: "T", weight: 1 }));
    const p = buildProfiles(datasetToGraph(d));
    const keys = candidatePairs(p, DEFAULT_WEIGHTS, 1, { maxKeyFrequency: 100, frequentKeyNeighbours: 4 });
    // All pairs would be 499,500; each project meets at most 4 ring neighbours (+ its own slot).
    expect(keys.length).toBeLessThanOrEqual(1000 * 5);
    const seen = new Set(keys.flatMap((k) => [Math.floor(k / 1000), k % 1000]));
    expect(seen.size).toBe(1000);
    // Seeded: same seed, same pairs; another seed, other pairs.
    expect(candidatePairs(p, DEFAULT_WEIGHTS, 1, { maxKeyFrequency: 100 })).toEqual(candidatePairs(p, DEFAULT_WEIGHTS, 1, { maxKeyFrequency: 100 }));
    expect(candidatePairs(p, DEFAULT_WEIGHTS, 2, { maxKeyFrequency: 100 })).not.toEqual(keys);
  });

  it("keeps at most candidatesPerProject partners per project", () => {
    const d = emptyDataset();
    d.themes = [theme("T", "Thema", "Theme")];
    d.projects = Array.from({ length: 50 }, (_, i) => project(`N${String(i).padStart(2, "0")}`, "", "x"));
    d.projectThemes = d.projects.map((x) => ({ project: x.id, theme: "T", weight: 1 }));
    const p = buildProfiles(datasetToGraph(d));
    const keys = candidatePairs(p, DEFAULT_WEIGHTS, 1, { candidatesPerProject: 3 });
    // Ties are broken by index: every project keeps the 3 lowest others; the union is small.
    expect(keys.length).toBeLessThanOrEqual(50 * 3);
    expect(pairNames(p, keys).filter((k) => k.startsWith("N10-") || k.endsWith("-N10"))).toEqual(["N00-N10", "N01-N10", "N02-N10"]);
  });
});

/** Two groups of four networks; inside a group all share a partner and a theme; X links both. */
function twoGroups(): Dataset {
  const d = emptyDataset();
  d.themes = [theme("T1", "Transparantie", "Transparency"), theme("T2", "Buurt", "Neighbourhood")];
  const ids = ["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4"];
  d.projects = ids.map((id) => project(id, id.startsWith("A") ? "rapportering keten" : "buurt omwonenden"));
  d.partners = [partner("PA", "ngo"), partner("PB", "ngo"), partner("X", "consultancy")];
  d.projectThemes = ids.map((id) => ({ project: id, theme: id.startsWith("A") ? "T1" : "T2", weight: 1 }));
  d.participations = [
    ...ids.map((id) => ({ partner: id.startsWith("A") ? "PA" : "PB", project: id, role: "partner" as const })),
    { partner: "X", project: "A1", role: "partner" },
    { partner: "X", project: "B1", role: "partner" },
  ];
  return d;
}

describe("communities", () => {
  const p = buildProfiles(datasetToGraph(twoGroups()));
  const pairs = scorePairs(p, candidatePairs(p, DEFAULT_WEIGHTS, 1), DEFAULT_WEIGHTS);

  it("finds the two groups with positive modularity, the same for the same seed", () => {
    const c = detectCommunities(p, pairs, { seed: 7 });
    const labels = alignCommunities(p, c.membership);
    // The largest community gets label 0, ties by the smallest project id: A's group first.
    expect(Array.from(labels)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(c.modularity).toBeGreaterThan(0.3);
    expect(detectCommunities(p, pairs, { seed: 7 })).toEqual(c);
  });

  it("keeps the previous labels of matching communities and numbers new ones above the maximum", () => {
    const c = detectCommunities(p, pairs, { seed: 7 });
    const previous = new Map([["A1", 5], ["A2", 5], ["A3", 5], ["B1", 9], ["B2", 2], ["B3", 2]]);
    // A's group overlaps label 5 three times; B's group overlaps label 2 twice and label 9 once.
    expect(Array.from(alignCommunities(p, c.membership, previous))).toEqual([5, 5, 5, 5, 2, 2, 2, 2]);
    const onlyA = new Map([["A1", 3], ["B1", 3], ["A2", 3]]);
    // Both groups want label 3; A's overlaps more and keeps it, B's gets max + 1 = 4.
    expect(Array.from(alignCommunities(p, c.membership, onlyA))).toEqual([3, 3, 3, 3, 4, 4, 4, 4]);
  });

  it("rejects a resolution that is not > 0", () => {
    expect(() => detectCommunities(p, pairs, { seed: 1, resolution: 0 })).toThrow("diagonal/communities: resolution must be a number > 0, got 0");
  });
});

describe("suggestCollaborations", () => {
  const options = { weights: DEFAULT_WEIGHTS, diagonal: false, suggestionsPerProject: 2, excludedPairs: new Set<string>() };
  const run = (d: Dataset, o = options) => {
    const g = datasetToGraph(d);
    const p = buildProfiles(g);
    const pairs = scorePairs(p, candidatePairs(p, o.weights, 1), o.weights);
    const labels = alignCommunities(p, detectCommunities(p, pairs, { seed: 1 }).membership);
    return suggestCollaborations(g, p, pairs, labels, o);
  };

  it("explains a pair in Dutch and English with theme and partner names and adds up the signals", () => {
    const ab = run(fourNetworks()).find((s) => s.a === "A" && s.b === "B")!;
    expect(ab.reasons.nl[0]).toBe("Beide netwerken werken rond transparantie");
    expect(ab.reasons.en[0]).toBe("Both networks work on transparency");
    expect(ab.reasons.nl).toContain("gedeelde partners: Organisatie P1, Organisatie P2");
    expect(ab.reasons.en).toContain("shared partners: Organisatie P1, Organisatie P2");
    // The shared terms are Dutch words: named in the Dutch reasons only, never in the English ones.
    expect(ab.reasons.nl).toContain("gemeenschappelijke begrippen: transparantie, rapportering");
    expect(ab.reasons.en.some((r) => r.startsWith("common terms"))).toBe(false);
    expect(ab.reasons.en).toContain("similar wording in their descriptions");
    expect(ab.evidence).toEqual({ sharedThemes: ["T1"], sharedPartners: ["P1", "P2"], topTerms: ["transparantie", "rapportering"], complementarity: [] });
    const sum = SIGNAL_NAMES.reduce((s, k) => s + ab.signals[k], 0);
    expect(ab.score).toBeCloseTo(sum, 5);
    expect(ab.signals.themes).toBeCloseTo(0.25 / Math.sqrt(1.25), 5);
  });

  it("leaves out pairs that collaborate (either direction) or were rejected", () => {
    const d = fourNetworks();
    d.collaborations = [{ from: "B", to: "A" }];
    const s = run(d, { ...options, excludedPairs: new Set(["A|C"]) });
    const pairs = s.map((x) => `${x.a}|${x.b}`);
    expect(pairs).not.toContain("A|B");
    expect(pairs).not.toContain("A|C");
    expect(pairs).toContain("B|C");
  });

  it("orders by score, ties by ids, and keeps top-k per project", () => {
    const s = run(fourNetworks());
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
    const withA = s.filter((x) => x.a === "A" || x.b === "A");
    expect(withA.length).toBeGreaterThanOrEqual(2);
    expect(s[0]).toMatchObject({ a: "A", b: "B" });
  });

  it("changes the fingerprint when the pair's data changes, not when another network changes", () => {
    const base = run(fourNetworks()).find((x) => x.a === "A" && x.b === "B")!.fingerprint;
    const other = fourNetworks();
    other.projects.find((x) => x.id === "D")!.description = "buurt en wijk";
    expect(run(other).find((x) => x.a === "A" && x.b === "B")!.fingerprint).toBe(base);
    const changed = fourNetworks();
    changed.participations.push({ partner: "P5", project: "A", role: "partner" });
    expect(run(changed).find((x) => x.a === "A" && x.b === "B")!.fingerprint).not.toBe(base);
  });

  it("fingerprints pairs exactly as the service does when it checks rejected pairs", () => {
    const d = fourNetworks();
    const fingerprint = pairFingerprinter(datasetToGraph(d));
    for (const s of run(d)) expect(s.fingerprint).toBe(fingerprint(s.a, s.b));
  });

  it("with the diagonal option, prefers a cross-community pair when scores are within the margin", () => {
    const g = datasetToGraph(twoGroups());
    const p = buildProfiles(g);
    const pairs = scorePairs(p, candidatePairs(p, DEFAULT_WEIGHTS, 1), DEFAULT_WEIGHTS);
    const labels = alignCommunities(p, detectCommunities(p, pairs, { seed: 7 }).membership);
    const plain = suggestCollaborations(g, p, pairs, labels, { ...options, suggestionsPerProject: 10 });
    const diag = suggestCollaborations(g, p, pairs, labels, { ...options, suggestionsPerProject: 10, diagonal: true });
    const cross = (list: typeof plain) => list.find((x) => x.a === "A1" && x.b === "B1")!;
    expect(cross(plain).diagonal).toBe(true);
    expect(cross(diag).score).toBeCloseTo(cross(plain).score + 0.05, 6);
    expect(cross(diag).reasons.en).toContain("links networks from different clusters");
    const inside = diag.find((x) => x.a === "A1" && x.b === "A2")!;
    expect(inside.diagonal).toBe(false);
    expect(inside.score).toBeCloseTo(plain.find((x) => x.a === "A1" && x.b === "A2")!.score, 6);
  });
});
