// Stable community labels. Louvain numbers communities arbitrarily, so a rerun on slightly changed
// data would rename every community. Each new community takes the previous label it overlaps most
// with (greedy maximum-overlap matching: pairs by overlap, largest first, each label used once);
// communities matching nothing get fresh labels above the largest label used before. Without a
// previous run, labels follow size (largest community 0), ties by the smallest project id.
import type { ProjectProfiles } from "./profiles.ts";

export function alignCommunities(profiles: ProjectProfiles, membership: Int32Array, previous?: ReadonlyMap<string, number>): Int32Array {
  const n = membership.length;
  // Raw communities in canonical order: size desc, then first (smallest) member index.
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((x, y) => size.get(y)! - size.get(x)! || first.get(x)! - first.get(y)!);
  const label = new Map<number, number>();

  let next = 0;
  if (previous && previous.size > 0) {
    const overlap = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const old = previous.get(profiles.projectIds[i]!);
      if (old === undefined) continue;
      const k = `${membership[i]}|${old}`;
      overlap.set(k, (overlap.get(k) ?? 0) + 1);
    }
    const rank = new Map(order.map((c, r) => [c, r]));
    const matches = [...overlap].map(([k, count]) => {
      const [c, old] = k.split("|").map(Number) as [number, number];
      return { c, old, count };
    });
    matches.sort((x, y) => y.count - x.count || rank.get(x.c)! - rank.get(y.c)! || x.old - y.old);
    const used = new Set<number>();
    for (const m of matches) {
      if (label.has(m.c) || used.has(m.old)) continue;
      label.set(m.c, m.old);
      used.add(m.old);
    }
    // A loop, not Math.max(...values): spreading ~125k values into arguments overflows the stack.
    let largest = -1;
    for (const old of previous.values()) if (old > largest) largest = old;
    next = largest + 1;
  }
  for (const c of order) if (!label.has(c)) label.set(c, next++);
  return Int32Array.from(membership, (c) => label.get(c)!);
}
