// The backtest's metrics against cases computed by hand, and the temporal split.
import { describe, expect, it } from "vitest";
import { fractionalRanks, meanSE, pairedDifference, rankByScore, rankingMetrics } from "../../src/evaluation/metrics.ts";
import { cutoffAtShare, splitByStart } from "../../src/evaluation/temporal-split.ts";

describe("rankingMetrics", () => {
  it("scores a ranking with two of three relevant items in the top 3 (k = 3)", () => {
    // ranked: 7 (rel), 4, 9 (rel), 1, 5 (rel); relevant {5, 7, 9}
    const m = rankingMetrics([7, 4, 9, 1, 5], new Set([5, 7, 9]), 3);
    expect(m.hits).toBeCloseTo(2 / 3, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.mrr).toBe(1);
    // DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.1309…
    expect(m.ndcg).toBeCloseTo(1.5 / (1 + 1 / Math.log2(3) + 0.5), 12);
  });

  it("gives MRR 1/rank of the first relevant item, also beyond k, and 0 when none is ranked", () => {
    expect(rankingMetrics([1, 2, 3, 4], new Set([4]), 2)).toEqual({ hits: 0, precision: 0, mrr: 0.25, ndcg: 0 });
    expect(rankingMetrics([1, 2], new Set([9]), 10)).toEqual({ hits: 0, precision: 0, mrr: 0, ndcg: 0 });
  });

  it("caps the ideal DCG at the number of relevant items", () => {
    // One relevant item, ranked second: NDCG = (1/log2 3) / 1.
    const m = rankingMetrics([3, 8, 1], new Set([8]), 10);
    expect(m.ndcg).toBeCloseTo(1 / Math.log2(3), 12);
    expect(m.precision).toBeCloseTo(0.1, 12);
    expect(m.hits).toBe(1);
  });

  it("refuses a query without relevant items", () => {
    expect(() => rankingMetrics([1], new Set(), 10)).toThrow(/at least one relevant/);
  });
});

describe("summaries", () => {
  it("computes mean ± standard error", () => {
    // values 1, 2, 3, 4: mean 2.5, sample SD √(5/3), SE √(5/3)/2
    const m = meanSE([1, 2, 3, 4]);
    expect(m.mean).toBe(2.5);
    expect(m.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
    expect(m.n).toBe(4);
  });

  it("computes the paired difference on the same queries", () => {
    // differences 0.1, 0.3, 0.2: mean 0.2, SD 0.1, SE 0.1/√3, z = 2√3
    const d = pairedDifference([0.5, 0.6, 0.4], [0.4, 0.3, 0.2]);
    expect(d.mean).toBeCloseTo(0.2, 12);
    expect(d.se).toBeCloseTo(0.1 / Math.sqrt(3), 12);
    expect(d.z).toBeCloseTo(2 * Math.sqrt(3), 9);
  });

  it("ranks by score with ties to the smaller item, and gives tied items their mean rank", () => {
    expect(rankByScore([5, 2, 9, 4], [0.1, 0.5, 0.5, 0.9])).toEqual([4, 2, 9, 5]);
    expect(Array.from(fractionalRanks([0.9, 0.5, 0.5, 0.1]))).toEqual([1, 2.5, 2.5, 4]);
  });
});

describe("temporal split", () => {
  it("puts the cutoff where 80 % of the networks started before it", () => {
    const starts = ["2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01", "2020-06-01", "2020-07-01", "2020-08-01", "2020-09-01", "2020-10-01"];
    expect(cutoffAtShare(starts, 0.8)).toBe("2020-09-01");
    const split = splitByStart(starts);
    expect(starts.filter((s) => split.inHistory({ start: s }))).toHaveLength(8);
    expect(split.inFuture({ start: "2020-09-01" })).toBe(true);
    expect(split.inHistory({ start: undefined })).toBe(false);
    expect(splitByStart(starts, { cutoff: "2020-03-15" }).inHistory({ start: "2020-03-01" })).toBe(true);
  });
});

describe("temporal split on year- and month-precision dates", () => {
  // Hand-made: 1 network in 2008, 2 in 2009, 6 in 2010, 1 in 2011. 80 % would be 8 networks, inside
  // the tied year 2010; the boundaries between distinct dates leave 1, 3 or 9 before them.
  const years = ["2008", "2009", "2009", "2010", "2010", "2010", "2010", "2010", "2010", "2011"];

  it("moves the split to the nearest boundary between distinct years and says where it fell", () => {
    const split = splitByStart(years);
    expect(split.cutoff).toBe("2011-01-01");
    expect(years.filter((s) => split.inHistory({ start: s }))).toHaveLength(9);
    expect(split.historyShare).toBe(0.9);
    expect(split.requested).toBe("2010-01-01");
    expect(split.note).toMatch(/moved to the nearest boundary between distinct start dates.*9 of 10 dated networks \(90\.0 %\) start before 2011-01-01/);
    // Never 3 of 10 (the tied year 2010 all in the future) and never a year on both sides.
    for (const y of ["2008", "2009", "2010", "2011"]) expect(new Set(years.filter((s) => s === y).map((s) => split.inHistory({ start: s }))).size).toBe(1);
  });

  it("keeps a year and the days inside it on one side, also for a cutoff given as a date", () => {
    const mixed = ["2009-05-01", "2009-11-30", "2010", "2010-03-15", "2010-08", "2011-02-01", "2011-06-01"];
    const split = splitByStart(mixed, { cutoff: "2010-06-01" });
    // 2010-06-01 would put "2010" and "2010-03-15" before it (4 networks) and "2010-08" after: the
    // allowed boundaries leave 2 (2010-01-01) or 5 (2011-02-01) before them; 5 is nearer to 4.
    expect(split.cutoff).toBe("2011-02-01");
    expect(mixed.filter((s) => split.inHistory({ start: s }))).toEqual(mixed.slice(0, 5));
    expect(split.requested).toBe("2010-06-01");
    // Day-precision dates split where asked.
    expect(splitByStart(mixed.slice(0, 2), { cutoff: "2009-06-01" }).requested).toBeUndefined();
  });
});
