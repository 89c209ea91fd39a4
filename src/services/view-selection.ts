// The graph views' choices made on the graph view index (view-index.ts) instead of in Neo4j: which
// nodes a network view, a project's neighbourhood and a theme view keep, in which order, the
// totals they report, and the relationships among the kept nodes. Each function does what its
// query does — cypher/views/network-nodes, project-neighbourhood, theme and edges-among — and
// tests/integration/view-index.test.ts holds both to the same answers. Planned projects and
// their outcomes are neither shown to nor walked through for the public.
import type { NodeType } from "../analysis/graph.ts";
import type { Visibility } from "./entities/store.ts";
import { nodeKeyOf, REL_TYPES, type ViewIndex } from "./view-index.ts";
import { LABEL_OF_TYPE, type EdgeRow, type NodeRow, type SelectionRow } from "./view-fields.ts";

const code = (type: string) => REL_TYPES.indexOf(type);
const ADDRESSES = code("ADDRESSES"), PARTICIPATES_IN = code("PARTICIPATES_IN"), PRODUCED = code("PRODUCED"), ABOUT = code("ABOUT"), COLLABORATES_WITH = code("COLLABORATES_WITH");
/** The relationships a project's first step follows (not ABOUT: that one joins an outcome to a theme). */
const FIRST_STEP = new Set([ADDRESSES, PARTICIPATES_IN, PRODUCED, COLLABORATES_WITH]);

const visibleTo = (index: ViewIndex, visibility: Visibility) =>
  visibility === "all" ? () => true : (i: number) => index.order.hidden[i] === 0;

const row = (index: ViewIndex, i: number): NodeRow => ({ label: index.order.labels[i]!, props: index.fieldsOf(i) });

/** Cypher's order of strings (by UTF-16 code unit, as String.compareTo). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Label, then id: the last tie-breaks of every view's order. */
function byLabelAndId(index: ViewIndex, a: number, b: number): number {
  return byText(index.order.labels[a]!, index.order.labels[b]!) || byText(index.order.ids[a]!, index.order.ids[b]!);
}

/** Per label of the asked kinds, how many candidates there are (the view's totals, in the kinds' order). */
function totalsOf(index: ViewIndex, candidates: Iterable<number>, labels: string[], extra: Record<string, number> = {}): SelectionRow["totals"] {
  const count = new Map<string, number>();
  for (const i of candidates) {
    const label = index.order.labels[i]!;
    count.set(label, (count.get(label) ?? 0) + 1);
  }
  return labels.map((label) => ({ label, total: (count.get(label) ?? 0) + (extra[label] ?? 0) }));
}

/** The whole network's first `limit` nodes of the asked kinds (views/network-nodes). */
export function networkSelection(index: ViewIndex, visibility: Visibility, kinds: NodeType[], limit: number): SelectionRow {
  const labels = kinds.map((k) => LABEL_OF_TYPE[k]);
  const wanted = new Set(labels);
  const visible = visibleTo(index, visibility);
  const nodes: NodeRow[] = [];
  const { labels: labelOf, ids } = index.order;
  for (let i = 0; i < ids.length && nodes.length < limit; i++) {
    if (visible(i) && wanted.has(labelOf[i]!)) nodes.push(row(index, i));
  }
  const counts = index.order.counts[visibility] as Record<string, number>;
  return { nodes, totals: labels.map((label) => ({ label, total: counts[label] ?? 0 })) };
}

/** A project and its neighbours up to `depth` steps (views/project-neighbourhood); undefined when there is no such project for this caller. */
export function projectSelection(index: ViewIndex, projectId: string, visibility: Visibility, depth: number, kinds: NodeType[], limit: number): SelectionRow | undefined {
  const p = index.byKey.get(nodeKeyOf("Project", projectId));
  const visible = visibleTo(index, visibility);
  if (p === undefined || !visible(p)) return undefined;
  const { offsets, incident, relType, relStart, relEnd } = index;
  const other = (r: number, i: number) => (relStart[r] === i ? relEnd[r]! : relStart[r]!);
  // Distance 1: the distinct neighbours over a first step, each with one link.
  const first = new Set<number>();
  for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
    const r = incident[k]!;
    if (!FIRST_STEP.has(relType[r]!)) continue;
    const n = other(r, p);
    if (visible(n)) first.add(n);
  }
  // Distance 2: nodes reached from those by any relationship, with the number of ways (links).
  const links = new Map<number, number>();
  if (depth >= 2) {
    for (const m of first) {
      for (let k = offsets[m]!; k < offsets[m + 1]!; k++) {
        const n = other(incident[k]!, m);
        if (n === p || first.has(n) || !visible(n)) continue;
        links.set(n, (links.get(n) ?? 0) + 1);
      }
    }
  }
  const labels = kinds.map((k) => LABEL_OF_TYPE[k]);
  const wanted = new Set(labels);
  const candidates: number[] = [];
  for (const n of first) if (wanted.has(index.order.labels[n]!)) candidates.push(n);
  const near = candidates.length;
  for (const n of links.keys()) if (wanted.has(index.order.labels[n]!)) candidates.push(n);
  const totals = totalsOf(index, candidates, labels, { Project: 1 });
  const ranked = candidates.map((n, at) => (at < near ? { n, distance: 1, links: 1 } : { n, distance: 2, links: links.get(n)! }));
  ranked.sort((a, b) => a.distance - b.distance || b.links - a.links || index.degree[b.n]! - index.degree[a.n]! || byLabelAndId(index, a.n, b.n));
  const kept = ranked.slice(0, Math.max(0, limit - 1));
  return { centre: row(index, p), nodes: kept.map((c) => row(index, c.n)), totals };
}

/** A theme with the projects addressing it and the outcomes about it (views/theme); undefined when there is no such theme. */
export function themeSelection(index: ViewIndex, themeId: string, visibility: Visibility, kinds: NodeType[], limit: number): SelectionRow | undefined {
  const t = index.byKey.get(nodeKeyOf("Theme", themeId));
  if (t === undefined) return undefined;
  const visible = visibleTo(index, visibility);
  const { offsets, incident, relType, relStart, relEnd, relWeight } = index;
  const weight = new Map<number, number>();
  for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
    const r = incident[k]!;
    if (relEnd[r] !== t || (relType[r] !== ADDRESSES && relType[r] !== ABOUT)) continue;
    const n = relStart[r]!;
    const label = index.order.labels[n];
    if ((label !== "Project" && label !== "Outcome") || !visible(n)) continue;
    const w = Number.isNaN(relWeight[r]!) ? 1 : relWeight[r]!;
    weight.set(n, Math.max(weight.get(n) ?? -Infinity, w));
  }
  const labels = kinds.map((k) => LABEL_OF_TYPE[k]);
  const wanted = new Set(labels);
  const candidates = [...weight.keys()].filter((n) => wanted.has(index.order.labels[n]!));
  const totals = totalsOf(index, candidates, labels);
  candidates.sort((a, b) => weight.get(b)! - weight.get(a)! || index.degree[b]! - index.degree[a]! || byLabelAndId(index, a, b));
  return { centre: row(index, t), nodes: candidates.slice(0, Math.max(0, limit - 1)).map((n) => row(index, n)), totals };
}

/**
 * The relationships among the given nodes (views/edges-among): every relationship between a
 * project and another of the nodes (between two projects once, from its start), and an outcome's
 * ABOUT to a theme among them.
 */
export function edgesAmongFromIndex(index: ViewIndex, nodes: { label: string; id: string }[]): EdgeRow[] {
  const chosen = new Set<number>();
  for (const n of nodes) {
    const i = index.byKey.get(nodeKeyOf(n.label, n.id));
    if (i !== undefined) chosen.add(i);
  }
  const { offsets, incident, relType, relStart, relEnd } = index;
  const labelOf = index.order.labels;
  const out: EdgeRow[] = [];
  const emit = (r: number) => {
    const a = relStart[r]!, b = relEnd[r]!;
    out.push({ type: REL_TYPES[relType[r]!]!, source: labelOf[a]!, sourceId: index.order.ids[a]!, target: labelOf[b]!, targetId: index.order.ids[b]!, props: index.relFieldsOf(r) });
  };
  for (const u of chosen) {
    const label = labelOf[u];
    if (label === "Project") {
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const r = incident[k]!;
        if (!FIRST_STEP.has(relType[r]!)) continue;
        const v = relStart[r] === u ? relEnd[r]! : relStart[r]!;
        if (!chosen.has(v)) continue;
        if (labelOf[v] === "Project" && relStart[r] !== u) continue;
        if (labelOf[v] === "Theme" || labelOf[v] === "Partner" || labelOf[v] === "Outcome" || labelOf[v] === "Project") emit(r);
      }
    } else if (label === "Outcome") {
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const r = incident[k]!;
        if (relType[r] === ABOUT && relStart[r] === u && labelOf[relEnd[r]!] === "Theme" && chosen.has(relEnd[r]!)) emit(r);
      }
    }
  }
  return out;
}
