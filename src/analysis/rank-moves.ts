// Which suggestions moved between two analysis runs, counted among the pairs both runs suggest:
// a pair that only shifted because others were inserted above it, or left, kept its place among
// them and did not move. Of the kept pairs, the largest set whose order the later run preserved
// stays put (a longest increasing subsequence of their later ranks, in the earlier order); the
// others moved. So one pair that fell five places is one move, not six. O(n log n) (patience
// sorting, Fredman 1975); ties keep the earlier run's order.

export interface RankedPair { pairKey: string; fromRank: number; toRank: number }

export interface RankMove<T extends RankedPair> { pair: T; fromPlace: number; toPlace: number }

/** The pairs of `kept` (suggested by both runs) that changed place among themselves, with their places (1-based). */
export function rankMoves<T extends RankedPair>(kept: readonly T[]): RankMove<T>[] {
  const byFrom = kept.slice().sort((x, y) => x.fromRank - y.fromRank || (x.pairKey < y.pairKey ? -1 : 1));
  const toOrder = kept.slice().sort((x, y) => x.toRank - y.toRank || (x.pairKey < y.pairKey ? -1 : 1));
  const toPlace = new Map(toOrder.map((p, i) => [p.pairKey, i + 1]));
  const seq = byFrom.map((p) => toPlace.get(p.pairKey)!);
  // Longest increasing subsequence of seq: tails[k] = index in seq of the smallest tail of a run of length k + 1.
  const tails: number[] = [];
  const previous = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0, hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const stays = new Uint8Array(seq.length);
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) stays[i] = 1;
  const moves: RankMove<T>[] = [];
  byFrom.forEach((pair, i) => {
    if (!stays[i]) moves.push({ pair, fromPlace: i + 1, toPlace: seq[i]! });
  });
  return moves;
}
