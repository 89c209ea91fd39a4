// A run explains as many suggestions between two turns of the event loop as it writes in one
// transaction: with more per turn, the writers wait for the next turn with nothing to do and the
// writing is left for after the last suggestion (bench/README.md, 7 December 2026, evening).
import { describe, expect, it } from "vitest";
import { EXPLAINED_PER_TURN } from "../../src/analysis/analyze.ts";
import { BATCH } from "../../src/services/analysis/run-writer.ts";
import { DELETE_BATCH } from "../../src/services/analysis/retention.ts";

describe("the pace of a run's writing", () => {
  it("explains one write batch per turn, in batches small enough for the everyday server", () => {
    expect(EXPLAINED_PER_TURN).toBe(BATCH);
    expect(BATCH).toBeLessThanOrEqual(2_500);
    expect(DELETE_BATCH).toBeLessThanOrEqual(2_500);
  });
});
