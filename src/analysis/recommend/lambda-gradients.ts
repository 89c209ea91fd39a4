// LambdaRank gradients for boosted trees, i.e. LambdaMART (Burges 2010, "From RankNet to LambdaRank
// to LambdaMART: an overview", §4–6): rows come in groups (one group per query's list); within a
// group every (relevant i, other j) pair pulls i up and pushes j down by
//   λ_ij = ρ_ij · |ΔNDCG_ij|,  ρ_ij = 1 / (1 + exp(s_i − s_j)),
// where |ΔNDCG_ij| is how much the list's NDCG would change if i and j swapped places in the current
// order. The Hessian is ρ(1 − ρ)|ΔNDCG| for both rows. A pair far down the list, or already in the
// right order by a wide margin, counts little: the trees spend their splits on the top of each list,
// which is what Hits@10 judges. Row weights scale their rows' gradients and Hessians.

/** Fills g and h (rows) with the LambdaRank gradient and Hessian of the current scores; `groups` holds each row's group id, a group's rows contiguous. */
export function lambdaGradients(score: Float64Array, y: Uint8Array, weight: Float64Array, groups: Int32Array, g: Float64Array, h: Float64Array): void {
  g.fill(0);
  h.fill(0);
  const m = y.length;
  for (let from = 0; from < m; ) {
    let to = from + 1;
    while (to < m && groups[to] === groups[from]) to++;
    groupGradients(score, y, weight, from, to, g, h);
    from = to;
  }
}

function groupGradients(score: Float64Array, y: Uint8Array, weight: Float64Array, from: number, to: number, g: Float64Array, h: Float64Array) {
  const n = to - from;
  // Positions (1-based) in the current order, best score first; ties keep row order (deterministic).
  const order = Array.from({ length: n }, (_, k) => from + k).sort((a, b) => score[b]! - score[a]! || a - b);
  const discount = new Float64Array(n);
  let relevant = 0;
  order.forEach((row, k) => {
    discount[row - from] = 1 / Math.log2(k + 2);
  });
  for (let i = from; i < to; i++) relevant += y[i]!;
  if (relevant === 0 || relevant === n) return;
  let ideal = 0;
  for (let k = 0; k < relevant; k++) ideal += 1 / Math.log2(k + 2);
  // ρ_ij = 1 / (1 + e^{s_i} / e^{s_j}), with e^{s − max} per row: no exp per pair.
  let top = -Infinity;
  for (let i = from; i < to; i++) top = Math.max(top, score[i]!);
  const e = new Float64Array(n);
  for (let i = from; i < to; i++) e[i - from] = Math.max(Math.exp(score[i]! - top), 1e-300);
  for (let i = from; i < to; i++) {
    if (!y[i]) continue;
    const ei = e[i - from]!;
    const di = discount[i - from]!;
    let gi = 0;
    let hi = 0;
    for (let j = from; j < to; j++) {
      if (y[j]) continue;
      const delta = Math.abs(di - discount[j - from]!) / ideal;
      const rho = 1 / (1 + ei / e[j - from]!);
      const lambda = rho * delta;
      const hess = Math.max(rho * (1 - rho) * delta, 1e-12);
      gi -= lambda;
      hi += hess;
      g[j]! += weight[j]! * lambda;
      h[j]! += weight[j]! * hess;
    }
    g[i]! += weight[i]! * gi;
    h[i]! += weight[i]! * hi;
  }
}
