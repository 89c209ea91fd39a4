// Figures about the network of learning networks for the reports, computed in one pass over the
// analysis graph (no all-pairs loop): components of networks linked by a shared partner or a
// collaboration (union–find, Tarjan 1975, over each partner's list of networks), the density of
// confirmed collaborations, the degree of each network, collaborations within and across themes,
// theme coverage and the kinds of partner per theme (the complementarity axes of profiles.ts).
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
  const index = new Map<string, number>();
  const projects: { key: string; id: string; name: string }[] = [];
  const counts = { projects: 0, partners: 0, themes: 0, outcomes: 0, collaborations: 0, participations: 0 };
  graph.forEachNode((key, a) => {
    if (a.type === "project") {
      index.set(key, projects.length);
      projects.push({ key, id: a.id, name: a.name });
      counts.projects++;
    } else if (a.type === "partner") counts.partners++;
    else if (a.type === "theme") counts.themes++;
    else counts.outcomes++;
  });
  const uf = new UnionFind(projects.length);
  const themesOf = (key: string) => graph.filterOutNeighbors(key, (_k, a) => a.type === "theme");
  let within = 0, across = 0;
  graph.forEachEdge((_e, attrs, source, target) => {
    if (attrs.type === "PARTICIPATES_IN") counts.participations++;
    if (attrs.type !== "COLLABORATES_WITH") return;
    counts.collaborations++;
    uf.union(index.get(source)!, index.get(target)!);
    const ts = new Set(themesOf(source));
    if (themesOf(target).some((t) => ts.has(t))) within++;
    else across++;
  });
  graph.forEachNode((key, a) => {
    if (a.type !== "partner") return;
    let first = -1;
    graph.forEachOutNeighbor(key, (p, pa) => {
      if (pa.type !== "project") return;
      const i = index.get(p)!;
      if (first < 0) first = i;
      else uf.union(first, i);
    });
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < projects.length; i++) {
    const r = uf.find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + 1);
  }
  const degrees = projects
    .map((p) => ({ id: p.id, name: p.name, degree: graph.degree(p.key) }))
    .sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const n = counts.projects;
  return {
    counts,
    collaborationDensity: n > 1 ? counts.collaborations / ((n * (n - 1)) / 2) : 0,
    components: [...sizes.values()].sort((x, y) => y - x),
    degrees,
    collaborationsWithinTheme: within,
    collaborationsAcrossThemes: across,
    themes: themeFigures(graph),
  };
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
