// Moves between two runs counted among the pairs both runs suggest: an insertion above, or a pair
// leaving, moves nobody; one pair that fell is one move, not one per pair it passed.
import { describe, expect, it } from "vitest";
import { rankMoves } from "../../src/analysis/rank-moves.ts";

/** Pairs kept by both runs, from their ranks in the earlier and the later run. */
const kept = (pairs: Record<string, [number, number]>) => Object.entries(pairs).map(([pairKey, [fromRank, toRank]]) => ({ pairKey, fromRank, toRank }));
const moved = (pairs: Record<string, [number, number]>) => rankMoves(kept(pairs)).map((m) => `${m.pair.pairKey} ${m.fromPlace}→${m.toPlace}`);

describe("rankMoves", () => {
  it("does not move pairs that only shifted because others went in above them or left", () => {
    // X went in at rank 1 and D left: A, B, C each shifted by one, in the same order.
    expect(moved({ A: [1, 2], B: [2, 3], C: [3, 4] })).toEqual([]);
    expect(moved({ A: [1, 1], B: [3, 2], C: [4, 3] })).toEqual([]);
    expect(moved({})).toEqual([]);
  });

  it("moves only the pair that changed place, with its places among the kept pairs", () => {
    // A fell from first to third; B and C only moved up because A left their way.
    expect(moved({ A: [1, 3], B: [2, 1], C: [3, 2], D: [4, 4] })).toEqual(["A 1→3"]);
    // D rose from fourth to first.
    expect(moved({ A: [1, 2], B: [2, 3], C: [3, 4], D: [4, 1] })).toEqual(["D 4→1"]);
  });

  it("moves the fewest pairs that explain a new order, in linearithmic time", () => {
    // Reversed: all but one moved.
    expect(rankMoves(kept({ A: [1, 4], B: [2, 3], C: [3, 2], D: [4, 1] }))).toHaveLength(3);
    const n = 50_000;
    const big = Array.from({ length: n }, (_, i) => ({ pairKey: `p${i}`, fromRank: i + 1, toRank: i === 10 ? n + 100 : i + 7 }));
    const moves = rankMoves(big);
    expect(moves.map((m) => m.pair.pairKey)).toEqual(["p10"]);
    expect(moves[0]).toMatchObject({ fromPlace: 11, toPlace: n });
  });
});
