// Figures about the network of learning networks for the reports, computed in one pass over the
// analysis graph (no all-pairs loop): components of networks linked by a shared partner or a
// collaboration (union–find, Tarjan 1975, over each partner's list of networks), the density of
// confirmed collaborations, the degree of each network, collaborations within and across themes,
// theme coverage and the kinds of partner per theme (the complementarity axes of profiles.ts).
// networkFiguresFromAggregates gives the same figures from what the database counts and the
// network of networks alone, so a report on a whole programme need not read every participation.
import type { DiagonalGraph, PartnerNode } from "./graph.ts";
import { COMPLEMENTARITY_AXES, partnerSides, type ComplementarityAxis } from "./profiles.ts";

export interface NetworkFigures {
  counts: { projects: number; partners: number; themes: number; outcomes: number; collaborations: number; participations: number };
  /** Confirmed collaborations over all possible pairs of networks. */
  collaborationDensity: number;
  /** Groups of networks linked by shared partners or collaborations; largest first. */
  components: number[];
  /** Networks by degree (partners, themes, outcomes, collaborations), highest first. */
  degrees: { id: string; name: string; degree: number }[];
  /** Confirmed collaborations between networks that share a theme, and between networks that do not. */
  collaborationsWithinTheme: number;
  collaborationsAcrossThemes: number;
  themes: ThemeFigures[];
}

export interface ThemeFigures {
  id: string;
  nameNl: string;
  nameEn: string;
  networks: number;
  outcomes: number;
  /** Distinct partners of the theme's networks, per kind. */
  partnerKinds: Record<string, number>;
  /** Distinct partners on each side of each axis (a partner active north and south counts on both). */
  sides: Record<ComplementarityAxis, [number, number]>;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) x = this.parent[x] = this.parent[this.parent[x]!]!;
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const emptySides = () => Object.fromEntries(COMPLEMENTARITY_AXES.map((a) => [a, [0, 0]])) as unknown as Record<ComplementarityAxis, [number, number]>;

export function networkFigures(graph: DiagonalGraph): NetworkFigures {
  const projects: { key: string; id: string; name: string }[] = [];
  const counts = { projects: 0, partners: 0, themes: 0, outcomes: 0, collaborations: 0, participations: 0 };
  graph.forEachNode((key, a) => {
    if (a.type === "project") {
      projects.push({ key, id: a.id, name: a.name });
      counts.projects++;
    } else if (a.type === "partner") counts.partners++;
    else if (a.type === "theme") counts.themes++;
    else counts.outcomes++;
  });
  graph.forEachEdge((_e, attrs) => {
    if (attrs.type === "PARTICIPATES_IN") counts.participations++;
    else if (attrs.type === "COLLABORATES_WITH") counts.collaborations++;
  });
  const partnerNetworks: string[][] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== "partner") return;
    const networks: string[] = [];
    graph.forEachOutNeighbor(key, (_p, pa) => { if (pa.type === "project") networks.push(pa.id); });
    if (networks.length > 1) partnerNetworks.push(networks);
  });
  const linked = linkFigures(graph, projects.map((p) => p.id), partnerNetworks);
  return {
    counts,
    collaborationDensity: density(counts),
    ...linked,
    degrees: sortDegrees(projects.map((p) => ({ id: p.id, name: p.name, degree: graph.degree(p.key) }))),
    themes: themeFigures(graph),
  };
}

/**
 * What the database aggregates so that a report need not read every partner and participation:
 * the counts, every network's degree, the networks of each partner in more than one, and per
 * theme its networks, outcomes and distinct partners grouped by kind, size and where active.
 */
export interface NetworkAggregates {
  counts: NetworkFigures["counts"];
  degrees: { id: string; name: string; degree: number }[];
  partnerNetworks: Iterable<readonly string[]>;
  themes: { id: string; nameNl: string; nameEn: string; networks: number; outcomes: number; partners: { kind: string; size?: string; activeIn?: string; n: number }[] }[];
}

/**
 * The same figures as networkFigures, from the aggregates and the network of networks alone
 * (themes, networks, ADDRESSES and COLLABORATES_WITH): components, collaborations within and
 * across themes come from the graph and the partners' network lists, the rest from the counts.
 */
export function networkFiguresFromAggregates(networks: DiagonalGraph, agg: NetworkAggregates): NetworkFigures {
  const themes: ThemeFigures[] = agg.themes.map((t) => {
    const partnerKinds: Record<string, number> = {};
    const sides = emptySides();
    for (const g of t.partners) {
      partnerKinds[g.kind] = (partnerKinds[g.kind] ?? 0) + g.n;
      const s = partnerSides({ kind: g.kind, activeIn: g.activeIn ?? "north", ...(g.size ? { size: g.size } : {}) } as PartnerNode);
      for (const axis of COMPLEMENTARITY_AXES) {
        if (s[axis][0] > 0) sides[axis][0] += g.n;
        if (s[axis][1] > 0) sides[axis][1] += g.n;
      }
    }
    return { id: t.id, nameNl: t.nameNl, nameEn: t.nameEn, networks: t.networks, outcomes: t.outcomes, partnerKinds, sides };
  });
  return {
    counts: agg.counts,
    collaborationDensity: density(agg.counts),
    ...linkFigures(networks, agg.degrees.map((d) => d.id), agg.partnerNetworks),
    degrees: sortDegrees(agg.degrees.slice()),
    themes: themes.sort((x, y) => y.networks - x.networks || (x.id < y.id ? -1 : 1)),
  };
}

const density = (c: NetworkFigures["counts"]) => (c.projects > 1 ? c.collaborations / ((c.projects * (c.projects - 1)) / 2) : 0);

const sortDegrees = (d: NetworkFigures["degrees"]) => d.sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

/** Components of networks linked by a shared partner or a collaboration; collaborations within and across themes. */
function linkFigures(graph: DiagonalGraph, projectIds: readonly string[], partnerNetworks: Iterable<readonly string[]>): Pick<NetworkFigures, "components" | "collaborationsWithinTheme" | "collaborationsAcrossThemes"> {
  const index = new Map<string, number>();
  projectIds.forEach((id, i) => index.set(id, i));
  const uf = new UnionFind(projectIds.length);
  for (const networks of partnerNetworks) {
    const first = index.get(networks[0]!);
    if (first === undefined) continue;
    for (let i = 1; i < networks.length; i++) {
      const other = index.get(networks[i]!);
      if (other !== undefined) uf.union(first, other);
    }
  }
  const themesOf = (key: string) => graph.filterOutNeighbors(key, (_k, a) => a.type === "theme");
  let within = 0, across = 0;
  graph.forEachEdge((_e, attrs, source, target, sa, ta) => {
    if (attrs.type !== "COLLABORATES_WITH") return;
    const a = index.get(sa.id), b = index.get(ta.id);
    if (a !== undefined && b !== undefined) uf.union(a, b);
    const ts = new Set(themesOf(source));
    if (themesOf(target).some((t) => ts.has(t))) within++;
    else across++;
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < projectIds.length; i++) {
    const r = uf.find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  return { components: [...sizes.values()].sort((x, y) => y - x), collaborationsWithinTheme: within, collaborationsAcrossThemes: across };
}

/** Per theme: networks, outcomes about it, and its networks' distinct partners by kind and by side. */
export function themeFigures(graph: DiagonalGraph, only?: string): ThemeFigures[] {
  const out: ThemeFigures[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== "theme" || (only !== undefined && a.id !== only)) return;
    const partners = new Set<string>();
    let networks = 0, outcomes = 0;
    graph.forEachInNeighbor(key, (n, na) => {
      if (na.type === "outcome") outcomes++;
      if (na.type !== "project") return;
      networks++;
      graph.forEachInNeighbor(n, (p, pa) => {
        if (pa.type === "partner") partners.add(p);
      });
    });
    const partnerKinds: Record<string, number> = {};
    const sides = emptySides();
    for (const p of partners) {
      const pa = graph.getNodeAttributes(p) as PartnerNode;
      partnerKinds[pa.kind] = (partnerKinds[pa.kind] ?? 0) + 1;
      const s = partnerSides(pa);
      for (const axis of COMPLEMENTARITY_AXES) {
        if (s[axis][0] > 0) sides[axis][0]++;
        if (s[axis][1] > 0) sides[axis][1]++;
      }
    }
    out.push({ id: a.id, nameNl: a.nameNl, nameEn: a.nameEn, networks, outcomes, partnerKinds, sides });
  });
  return out.sort((x, y) => y.networks - x.networks || (x.id < y.id ? -1 : 1));
}
