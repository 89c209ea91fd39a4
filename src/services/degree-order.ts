// The whole network's nodes in the network view's order — degree, then label and id — read once
// per data version (cypher views/degree-order) and held in memory, so a network view (and the
// public network map built from it) takes its top nodes from a list instead of counting every
// node's relationships on each request. The order is keyed by the one data version, like every
// cached read: an import, an entity change, a decision or a run makes a new version, and the list
// of an older version is never used for it. Until the list of the current version is built, the
// network view asks Neo4j as before (views/network-nodes) and the build runs in the background;
// the service also builds it at start and after each change (read-warmup.ts), before anyone asks.
import { readQuery, readRows } from "../db/index.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { versionKeyed } from "./version-keyed.ts";

/** The labels ranked, as the views name them. */
export const ORDER_LABELS = ["Project", "Theme", "Partner", "Outcome"] as const;
type Label = (typeof ORDER_LABELS)[number];

export interface DegreeOrder {
  /** The data version it was read at. */
  token: string;
  /** Parallel lists, best connected first. */
  labels: Label[];
  ids: string[];
  /** 1 where the public role may not see the node (a planned project, or an outcome of one). */
  hidden: Uint8Array;
  /** Nodes per label, for each visibility (the view's totals). */
  counts: Record<Visibility, Record<Label, number>>;
  /** The graph's size from the count store when it was read (graphSize), checked before each use. */
  size: string;
}

/** Nodes per label and relationships per type, from the count store (no node is read). */
export async function graphSize(db: Db): Promise<string> {
  const [row] = await readQuery<{ counts: number[] }>(db.driver, "views/graph-counts", {}, db.database);
  return (row?.counts ?? []).join(",");
}

async function read(db: Db, token: string): Promise<DegreeOrder> {
  const size = await graphSize(db);
  const rows = await readRows<[Label, string, boolean]>(db.driver, "views/degree-order", {
    labels: [...ORDER_LABELS], hiddenStatuses: hiddenStatuses("public"),
  }, db.database);
  const labels: Label[] = new Array(rows.length), ids: string[] = new Array(rows.length), hidden = new Uint8Array(rows.length);
  const zero = () => ({ Project: 0, Theme: 0, Partner: 0, Outcome: 0 });
  const counts: DegreeOrder["counts"] = { all: zero(), public: zero() };
  for (let i = 0; i < rows.length; i++) {
    const [label, id, isHidden] = rows[i]!;
    labels[i] = label;
    ids[i] = id;
    counts.all[label]++;
    if (isHidden) hidden[i] = 1;
    else counts.public[label]++;
  }
  return { token, labels, ids, hidden, counts, size };
}

const orders = versionKeyed(read);

/** The order at this data version: read once (concurrent callers share the read). */
export const degreeOrder = (db: Db, token: string): Promise<DegreeOrder> => orders.at(db, token);

/** The order at this data version if it is built; otherwise undefined, and its read started in the background. */
export const builtDegreeOrder = (db: Db, token: string): DegreeOrder | undefined => orders.built(db, token);

/** Forgets the order (its graph changed without a new data version); the next use reads it again. */
export const dropDegreeOrder = (db: Db, order: DegreeOrder): void => orders.drop(db, order);

/** How many times the order was read from Neo4j in this process (for tests). */
export const degreeOrderBuilds = (db: Db): number => orders.builds(db);

/** The first `limit` nodes of the given labels the visibility may see, in order, and how many there are in all. */
export function topNodes(order: DegreeOrder, labels: string[], visibility: Visibility, limit: number): { chosen: { label: Label; id: string }[]; totals: { label: string; total: number }[] } {
  const wanted = new Set(labels);
  const skipHidden = visibility === "public";
  const chosen: { label: Label; id: string }[] = [];
  for (let i = 0; i < order.ids.length && chosen.length < limit; i++) {
    if (skipHidden && order.hidden[i] === 1) continue;
    const label = order.labels[i]!;
    if (wanted.has(label)) chosen.push({ label, id: order.ids[i]! });
  }
  const totals = labels.map((label) => ({ label, total: order.counts[visibility][label as Label] ?? 0 }));
  return { chosen, totals };
}
