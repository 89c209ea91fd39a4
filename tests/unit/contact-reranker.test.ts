// The two-stage contacts reranker on a small hand-made history. Thirty groups of four organisations
// repeat one story: in 2008 B worked with S on a stale theme; in 2014 and 2015 A and B worked
// together (repeated co-work) on transparency, and in 2015 B worked with C on transparency; in 2017
// A and C first share a network. A last group (Q) has the same past, moved to 2016, and no meeting
// yet. Learning splits the history at 2017 (the inner cutoff) and learns from the thirty meetings;
// for QA, QC (recent, repeated, shared themes) must then outrank QS (one stale network).
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { contactScorer, rankContacts } from "../../src/analysis/recommend/contacts.ts";
import { contactIndex } from "../../src/analysis/recommend/contact-links.ts";
import { contactRerankTraining, contactTopPool, fitContactReranker, rerankContacts } from "../../src/analysis/recommend/contact-reranker.ts";
import { contactBacktest, formatContactBacktest } from "../../src/evaluation/contacts-backtest.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { emptyDataset, type Dataset } from "../../src/schemas/index.ts";
import { partner, project, theme } from "./analysis-fixture.ts";

function history(): Dataset {
  const d = emptyDataset();
  d.themes = [theme("T1", "Transparantie", "Transparency"), theme("T2", "Mobiliteit", "Mobility")];
  const net = (id: string, start: string, themeId: string, members: string[]) => {
    d.projects!.push({ ...project(id), start });
    d.projectThemes!.push({ project: id, theme: themeId, weight: 1 });
    for (const m of members) d.participations!.push({ partner: m, project: id, role: "partner" });
  };
  const groups = [...Array.from({ length: 30 }, (_, k) => `G${k}`), "Q"];
  for (const g of groups) {
    for (const x of ["A", "B", "C", "S"]) d.partners!.push(partner(`${g}${x}`, x === "C" ? "academic" : "company"));
    const [y1, y2] = g === "Q" ? ["2016", "2016"] : ["2014", "2015"];
    net(`${g}-stale`, "2008", "T2", [`${g}B`, `${g}S`]);
    net(`${g}-ab1`, y1, "T1", [`${g}A`, `${g}B`]);
    net(`${g}-ab2`, y2, "T1", [`${g}A`, `${g}B`]);
    net(`${g}-bc`, y2, "T1", [`${g}B`, `${g}C`]);
    if (g !== "Q") net(`${g}-meet`, "2017", "T1", [`${g}A`, `${g}C`]);
  }
  return d;
}

describe("two-stage contacts reranker", () => {
  const graph = datasetToGraph(history());
  const dated = (p: { start?: string }) => p.start !== undefined;
  const options = { minPositives: 10 };

  it("learns from the meetings after the inner cutoff only, never from what follows the history", () => {
    const training = contactRerankTraining(graph, dated, options);
    expect(training.reason).toBeUndefined();
    expect(training.innerCutoff).toBe("2017-01-01");
    // The thirty 2017 meetings, seen from both sides, each in its query's top list.
    expect(training.queries).toBe(60);
    expect(training.relevant).toBe(60);
    const before2017 = contactRerankTraining(graph, (p) => p.start !== undefined && p.start < "2017", options);
    expect(before2017.relevant).toBe(0);
    expect(fitContactReranker(before2017, options)).toBeUndefined();
  });

  it("gives the top list the features that carry time: recent networks and recent common partners", () => {
    const index = contactIndex(graph, dated);
    const scorer = contactScorer(index);
    const pool = contactTopPool(scorer, index.partnerIndex.get("QA")!, 300);
    const at = (id: string) => pool.items.indexOf(index.partnerIndex.get(id)!);
    // The history's newest network starts in 2017: 2016 is recent (within two years), 2008 is not.
    expect(pool.features.candidateFresh[at("QC")]).toBe(1);
    expect(pool.features.candidateFresh[at("QS")]).toBe(0);
    expect(pool.features.freshPaths[at("QC")]).toBe(1);
    expect(pool.features.freshPaths[at("QS")]).toBe(0);
    // The top list is the served hand score's list, in its order.
    const hand = Array.from(pool.features.hand);
    expect(hand).toEqual([...hand].sort((a, b) => b - a));
    expect(pool.items.slice(0, 20)).toEqual(rankContacts(scorer, index.partnerIndex.get("QA")!, 20).map((c) => c.partner));
  });

  it("reranks the top list: recent repeated co-work with shared themes first, a stale link below", () => {
    const training = contactRerankTraining(graph, dated, options);
    const model = fitContactReranker(training, options)!;
    expect(model.trees.features).toContain("freshPaths:rank");
    expect(fitContactReranker(training, options)).toEqual(model);
    expect(fitContactReranker(training, options, ["hand"])!.trees.features).not.toContain("hand:rank");
    const index = contactIndex(graph, dated);
    const ranked = rerankContacts(model, contactTopPool(contactScorer(index), index.partnerIndex.get("QA")!, 300), 300).map((c) => index.partnerIds[c]);
    expect(ranked[0]).toBe("QC");
    expect(ranked.indexOf("QC")).toBeLessThan(ranked.indexOf("QS"));
    expect(ranked).not.toContain("QB");
  });

  it("is scored by the contacts backtest next to the hand score and the graph baselines, with its fit time", () => {
    const { dataset } = generateDataset({ projects: 400, seed: 3 });
    const report = contactBacktest(datasetToGraph(dataset), { maxQueries: 60, rerank: { options: { maxQueries: 60, minPositives: 5 } } });
    const x = report.reranker!;
    expect(x.reason).toBeUndefined();
    expect(Object.keys(x.versus!).sort()).toEqual(["adamicAdar", "commonNeighbours", "model", "resourceAllocation"]);
    expect(x.training.innerCutoff! < report.cutoff).toBe(true);
    expect(x.fitSeconds).toBeGreaterThanOrEqual(0);
    expect(formatContactBacktest(report)).toMatch(/Two-stage reranker .* trees fitted in/);
  });
});
