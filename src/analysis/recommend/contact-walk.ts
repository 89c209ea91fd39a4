// A rooted random walk with restart from one organisation on the bipartite organisation–network
// graph of the history (personalised PageRank, Page et al. 1999, truncated to a few steps): from an
// organisation the walker moves to one of its networks, a recent one more likely (the recency weight
// of contacts.ts), then to one of that network's other organisations; after each organisation step
// it stops (restarts) with probability `restart`. The score of an organisation is the probability
// mass that reaches it within `steps` organisation steps, summed over the steps. It reaches
// organisations beyond the two-step neighbourhood of Adamic–Adar (with steps ≥ 3) and favours those
// reached through many small, recent networks. Only the organisations and networks the walk visits
// are touched — never the whole graph, never all pairs.
import type { ContactScorer } from "./contacts.ts";

export const CONTACT_WALK_DEFAULTS = {
  /** Organisation steps (2: partners of partners; 3: one step further). */
  steps: 2,
  /** Probability of stopping after each organisation step. */
  restart: 0.15,
};
export type ContactWalkOptions = typeof CONTACT_WALK_DEFAULTS;

const totals = new WeakMap<ContactScorer, Float64Array>();
/** Σ of the recency weights of each organisation's networks (how the walker picks a network), once per scorer. */
function walkTotals(s: ContactScorer): Float64Array {
  let total = totals.get(s);
  if (!total) {
    total = Float64Array.from(s.index.partnerProjects, (ps) => {
      let z = 0;
      for (const p of ps) z += s.projectWeight[p]!;
      return z;
    });
    totals.set(s, total);
  }
  return total;
}

interface Workspace {
  total: Float64Array;
  org: Float64Array;
  next: Float64Array;
  project: Float64Array;
  visits: Float64Array;
}
const workspaces = new WeakMap<ContactScorer, Workspace>();

/** Organisation → walk mass reaching it from r (r itself excluded). */
export function contactWalk(s: ContactScorer, r: number, options: Partial<ContactWalkOptions> = {}): Map<number, number> {
  const o = { ...CONTACT_WALK_DEFAULTS, ...options };
  const { partnerProjects, projectPartners } = s.index;
  if (r < 0 || r >= partnerProjects.length) throw new Error(`diagonal/contact-walk: no organisation with index ${r}`);
  let w = workspaces.get(s);
  if (!w) {
    const [np, nq] = [partnerProjects.length, projectPartners.length];
    w = { total: walkTotals(s), org: new Float64Array(np), next: new Float64Array(np), project: new Float64Array(nq), visits: new Float64Array(np) };
    workspaces.set(s, w);
  }
  const { total, org, next, project, visits } = w;
  const visited: number[] = [];
  let front = [r];
  org[r] = 1;
  for (let t = 0; t < o.steps; t++) {
    const projects: number[] = [];
    for (const x of front) {
      const ps = partnerProjects[x]!;
      const z = total[x]!;
      if (z === 0) continue;
      for (const p of ps) {
        const add = (org[x]! * s.projectWeight[p]!) / z;
        if (add === 0) continue;
        if (project[p] === 0) projects.push(p);
        project[p]! += add;
      }
    }
    const reached: number[] = [];
    for (const p of projects) {
      const xs = projectPartners[p]!;
      const keep = (1 - o.restart) / Math.max(1, xs.length - 1);
      for (const y of xs) {
        if (y === r || partnerProjects[y]!.length === 0) continue;
        // The walker moves on to another organisation: what y itself brought to p stays out.
        const own = org[y]! > 0 ? (org[y]! * s.projectWeight[p]!) / total[y]! : 0;
        const add = (project[p]! - own) * keep;
        if (add <= 0) continue;
        if (next[y] === 0) reached.push(y);
        next[y]! += add;
      }
    }
    for (const p of projects) project[p] = 0;
    for (const x of front) org[x] = 0;
    for (const y of reached) {
      org[y] = next[y]!;
      next[y] = 0;
      if (visits[y] === 0) visited.push(y);
      visits[y]! += org[y]!;
    }
    front = reached;
  }
  for (const x of front) org[x] = 0;
  const out = new Map<number, number>();
  for (const y of visited) {
    out.set(y, visits[y]!);
    visits[y] = 0;
  }
  return out;
}

/**
 * The organisations through which the walk's two-step mass reaches c from r, most mass first: the
 * partners of r that c is a partner of (r → x → c), each with its share of that mass. For reasons.
 */
export function walkVia(s: ContactScorer, r: number, c: number, options: Partial<ContactWalkOptions> = {}): { via: number; mass: number }[] {
  const o = { ...CONTACT_WALK_DEFAULTS, ...options };
  const { partnerProjects, projectPartners } = s.index;
  const total = walkTotals(s);
  // Mass reaching each x through the networks c took part in, per unit of x's first-step mass.
  const second = new Map<number, number>();
  for (const p of partnerProjects[c]!) {
    const xs = projectPartners[p]!;
    const step = (s.projectWeight[p]! * (1 - o.restart)) / Math.max(1, xs.length - 1);
    for (const x of xs) if (x !== c && x !== r) second.set(x, (second.get(x) ?? 0) + step);
  }
  const zr = total[r]!;
  if (zr === 0) return [];
  const first = new Map<number, number>();
  for (const p of partnerProjects[r]!) {
    const xs = projectPartners[p]!;
    const step = ((s.projectWeight[p]! / zr) * (1 - o.restart)) / Math.max(1, xs.length - 1);
    for (const x of xs) if (second.has(x)) first.set(x, (first.get(x) ?? 0) + step);
  }
  const out: { via: number; mass: number }[] = [];
  for (const [x, m1] of first) {
    const zx = total[x]!;
    if (zx > 0) out.push({ via: x, mass: (m1 * second.get(x)!) / zx });
  }
  return out.sort((a, b) => b.mass - a.mass || a.via - b.via);
}
