// Each similarity signal on a graph small enough to compute the answer by hand.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { buildProfiles } from "../../src/analysis/profiles.ts";
import { complementarity } from "../../src/analysis/signals/complementarity.ts";
import { outcomeOverlap } from "../../src/analysis/signals/outcome-overlap.ts";
import { partnerOverlap, sharedPartners } from "../../src/analysis/signals/partner-overlap.ts";
import { textSimilarity, topSharedTerms } from "../../src/analysis/signals/text-similarity.ts";
import { sharedThemes, themeOverlap } from "../../src/analysis/signals/theme-overlap.ts";
import { tokenize } from "../../src/analysis/text/tokenize.ts";
import { emptyDataset } from "../../src/schemas/index.ts";
import { fourNetworks, partner, project, theme } from "./analysis-fixture.ts";

const ix = (p: ReturnType<typeof buildProfiles>, id: string) => p.projectIndex.get(id)!;

describe("themeOverlap", () => {
  const p = buildProfiles(datasetToGraph(fourNetworks()));
  it("is the cosine of weight·IDF theme vectors", () => {
    // idf(T1) = idf(T2) = ln(1 + 4/2); A = (1, 0.5)·ln3, B = (1, 0)·ln3 → cos = 1/√1.25.
    expect(themeOverlap(p, ix(p, "A"), ix(p, "B"))).toBeCloseTo(1 / Math.sqrt(1.25), 10);
    // A and C share T2 only: 0.5/√1.25.
    expect(themeOverlap(p, ix(p, "A"), ix(p, "C"))).toBeCloseTo(0.5 / Math.sqrt(1.25), 10);
    expect(themeOverlap(p, ix(p, "A"), ix(p, "D"))).toBe(0);
    expect(sharedThemes(p, ix(p, "A"), ix(p, "B")).map((t) => p.themeIds[t])).toEqual(["T1"]);
  });

  it("counts a rare shared theme more than a common one", () => {
    const d = emptyDataset();
    d.themes = [theme("common", "Gewoon", "Common"), theme("rare", "Zeldzaam", "Rare")];
    d.projects = ["A", "B", "C", "D", "E", "F"].map((id) => project(id));
    // Every project addresses "common"; only A and B also address "rare"; C and D nothing else.
    d.projectThemes = [
      ...d.projects.map((x) => ({ project: x.id, theme: "common", weight: 1 })),
      { project: "A", theme: "rare", weight: 1 },
      { project: "B", theme: "rare", weight: 1 },
      { project: "E", theme: "rare", weight: 1 },
    ];
    const q = buildProfiles(datasetToGraph(d));
    // idf(common) = ln 2, idf(rare) = ln 3: A·B = (ln²2 + ln²3)/(ln²2 + ln²3) = 1, C·D = 1, A·C = ln2/√(ln²2+ln²3).
    expect(themeOverlap(q, ix(q, "A"), ix(q, "B"))).toBeCloseTo(1, 10);
    expect(themeOverlap(q, ix(q, "A"), ix(q, "C"))).toBeCloseTo(Math.log(2) / Math.sqrt(Math.log(2) ** 2 + Math.log(3) ** 2), 10);
  });
});

describe("partnerOverlap", () => {
  const p = buildProfiles(datasetToGraph(fourNetworks()));
  it("is the Adamic–Adar weighted cosine of the partner sets", () => {
    // w(r) = 1/ln(1 + degree): P1 (2) 1/ln3, P2 (3) 1/ln4, P3 and P4 (1) 1/ln2.
    const [w1, w2, w3] = [1 / Math.log(3), 1 / Math.log(4), 1 / Math.log(2)];
    // A = {P1, P2, P3}, B = {P1, P2, P4}: (w1 + w2) / √((w1 + w2 + w3)²).
    expect(partnerOverlap(p, ix(p, "A"), ix(p, "B"))).toBeCloseTo((w1 + w2) / (w1 + w2 + w3), 10);
    // A and C share P2 only; C = {P2}: w2 / √((w1 + w2 + w3)·w2).
    expect(partnerOverlap(p, ix(p, "A"), ix(p, "C"))).toBeCloseTo(w2 / Math.sqrt((w1 + w2 + w3) * w2), 10);
    expect(partnerOverlap(p, ix(p, "A"), ix(p, "D"))).toBe(0);
  });

  it("names the least connected shared partner first", () => {
    expect(sharedPartners(p, ix(p, "A"), ix(p, "B")).map((r) => p.partnerIds[r])).toEqual(["P1", "P2"]);
  });
});

describe("textSimilarity", () => {
  const p = buildProfiles(datasetToGraph(fourNetworks()));
  it("is the TF–IDF cosine over stemmed terms used by more than one network", () => {
    // Terms with df > 1: transparantie (A, B), rapporter (A, B), buurt (C, D); idf = ln(4/2) = ln 2.
    // A: tf 1 and 1 → (1, 1)·ln2; B: tf 2 and 1 → (1 + ln2, 1)·ln2. "netwerk" is in every name: idf 0.
    const cos = (1 + Math.log(2) + 1) / (Math.sqrt(2) * Math.sqrt((1 + Math.log(2)) ** 2 + 1));
    expect(textSimilarity(p, ix(p, "A"), ix(p, "B"))).toBeCloseTo(cos, 10);
    expect(textSimilarity(p, ix(p, "C"), ix(p, "D"))).toBeCloseTo(1, 10);
    expect(textSimilarity(p, ix(p, "A"), ix(p, "C"))).toBe(0);
  });

  it("explains with the words behind the strongest shared terms", () => {
    expect(topSharedTerms(p, ix(p, "A"), ix(p, "B"))).toEqual(["transparantie", "rapportering"]);
  });

  it("tokenizes Dutch and English with stop words removed and stems of the text's language", () => {
    expect(tokenize("De ondernemingen en hun onderneming")).toEqual(["ondernem", "ondernem"]);
    expect(tokenize("The organisations and their organisation on reporting")).toEqual(["organis", "organis", "report"]);
    expect(tokenize("In 2024 the pilots")).toEqual(["pilot"]);
  });
});

describe("outcomeOverlap", () => {
  it("is the cosine of IDF-weighted outcome–theme counts", () => {
    const p = buildProfiles(datasetToGraph(fourNetworks()));
    // A: T1·ln3; B: (T1, T2)·ln3 → cos = 1/√2; C has no outcomes.
    expect(outcomeOverlap(p, ix(p, "A"), ix(p, "B"))).toBeCloseTo(1 / Math.SQRT2, 10);
    expect(outcomeOverlap(p, ix(p, "A"), ix(p, "C"))).toBe(0);
  });
});

describe("complementarity", () => {
  // X: two social-economy partners; Y: two large companies; Z: one of each; W: a company, another theme.
  const d = emptyDataset();
  d.themes = [theme("T1", "Sociale en reguliere economie", "Social and regular economy"), theme("T2", "Transparantie", "Transparency")];
  d.projects = ["W", "X", "Y", "Z"].map((id) => project(id));
  d.partners = [
    partner("S1", "social-economy"), partner("S2", "social-economy"), partner("S3", "social-economy"),
    partner("C1", "company", { size: "large" }), partner("C2", "company", { size: "large" }), partner("C3", "company", { size: "large" }), partner("C4", "company", { size: "large" }),
  ];
  d.projectThemes = [{ project: "X", theme: "T1", weight: 1 }, { project: "Y", theme: "T1", weight: 1 }, { project: "Z", theme: "T1", weight: 1 }, { project: "W", theme: "T2", weight: 1 }];
  d.participations = [["S1", "X"], ["S2", "X"], ["C1", "Y"], ["C2", "Y"], ["S3", "Z"], ["C3", "Z"], ["C4", "W"]].map(([r, q]) => ({ partner: r!, project: q!, role: "partner" as const }));
  const p = buildProfiles(datasetToGraph(d));

  it("scores opposite sides of an axis on a shared theme by the product of excess shares", () => {
    // Social-economy shares X 1, Y 0, Z ½, W 0 (mean ⅜); regular X 0, Y 1, Z ½, W 1 (mean ⅝).
    // Excess: X social (1 − ⅜)/(1 − ⅜) = 1; Y regular (1 − ⅝)/(1 − ⅝) = 1; Z social (½ − ⅜)/(⅝) = 0.2.
    expect(complementarity(p, ix(p, "X"), ix(p, "Y"))).toEqual({ value: 1, axes: [{ axis: "social-regular", aSide: 0, score: 1 }] });
    expect(complementarity(p, ix(p, "Z"), ix(p, "Y")).value).toBeCloseTo(0.2, 10);
    expect(complementarity(p, ix(p, "Z"), ix(p, "Y")).axes).toEqual([]);
    expect(complementarity(p, ix(p, "Y"), ix(p, "X")).axes[0]!.aSide).toBe(1);
  });

  it("is 0 without a shared theme", () => {
    expect(complementarity(p, ix(p, "X"), ix(p, "W")).value).toBe(0);
  });
});
