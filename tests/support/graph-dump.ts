// A full, ordered dump of the test graph — every node with its labels and properties, every
// relationship with its type, endpoints and properties — to show that an import left the graph
// exactly as it was (or exactly as another import made it). `ignore` drops properties whose value
// is a clock reading (addedAt) when two separate imports are compared; `skipLabels` leaves out
// nodes such as the import journal (JOURNAL_LABELS). The data version (a change
// counter that caches follow, not data) is left out.
import type { TestDb } from "./neo4j.ts";

export interface GraphDump { nodes: string[]; relationships: string[] }

const sortedProps = (props: Record<string, unknown>, ignore: string[]) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !ignore.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The undo journal of imports (jobs and entries): bookkeeping that an undo leaves changed on purpose. */
export const JOURNAL_LABELS = ["ImportJob", "ImportUndo"];

export async function graphDump(t: TestDb, ignore: string[] = [], skipLabels: string[] = []): Promise<GraphDump> {
  const nodes = await t.rows<{ labels: string[]; props: Record<string, unknown> }>(
    "MATCH (n) WHERE NOT n:DiagonalTestMarker AND NOT n:DataVersion AND none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS props",
    { skip: skipLabels },
  );
  const rels = await t.rows<{ type: string; from: string; fromLabels: string[]; to: string; toLabels: string[]; props: Record<string, unknown> }>(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, labels(a) AS fromLabels, b.id AS to, labels(b) AS toLabels, properties(r) AS props",
  );
  return {
    nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), sortedProps(n.props, ignore)])).sort(),
    relationships: rels.map((r) => JSON.stringify([r.type, r.fromLabels, r.from, r.toLabels, r.to, sortedProps(r.props, ignore)])).sort(),
  };
}
