// Normalised mutual information between two partitions of the same items (Danon et al. 2005,
// arithmetic normalisation as in scikit-learn): NMI = 2·I(X;Y) / (H(X) + H(Y)), 1 for identical
// partitions up to renaming, near 0 for unrelated ones. Used to measure how well communities
// recover known groups.
export function nmi(x: ArrayLike<number | string>, y: ArrayLike<number | string>): number {
  if (x.length !== y.length) throw new Error(`diagonal/nmi: partitions must label the same items, got ${x.length} and ${y.length}`);
  const n = x.length;
  if (n === 0) throw new Error("diagonal/nmi: partitions are empty");
  const code = (labels: ArrayLike<number | string>) => {
    const ids = new Map<number | string, number>();
    const codes = Int32Array.from({ length: n }, (_, i) => {
      let c = ids.get(labels[i]!);
      if (c === undefined) ids.set(labels[i]!, (c = ids.size));
      return c;
    });
    return { codes, size: ids.size };
  };
  const X = code(x);
  const Y = code(y);
  const px = new Float64Array(X.size);
  const py = new Float64Array(Y.size);
  const joint = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    px[X.codes[i]!]! += 1 / n;
    py[Y.codes[i]!]! += 1 / n;
    const k = X.codes[i]! * Y.size + Y.codes[i]!;
    joint.set(k, (joint.get(k) ?? 0) + 1 / n);
  }
  const entropy = (p: Float64Array) => p.reduce((h, v) => (v > 0 ? h - v * Math.log(v) : h), 0);
  const hx = entropy(px);
  const hy = entropy(py);
  if (hx === 0 && hy === 0) return 1;
  let mi = 0;
  for (const [k, pxy] of joint) {
    const a = Math.floor(k / Y.size);
    mi += pxy * Math.log(pxy / (px[a]! * py[k - a * Y.size]!));
  }
  return Math.max(0, Math.min(1, (2 * mi) / (hx + hy)));
}
