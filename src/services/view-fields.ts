// What the graph views show of a node and of a relationship, per Neo4j label and relationship
// type: one list for the views read from Neo4j (graph-views.ts) and for the index held in memory
// (view-index.ts), so both give the same fields. Never enterprise numbers or internal keys.
import type { NodeType } from "../analysis/graph.ts";

/** Neo4j labels the views read, and the graph node type of each. */
export const TYPE_OF_LABEL: Record<string, NodeType> = { Project: "project", Theme: "theme", Partner: "partner", Outcome: "outcome" };
export const LABEL_OF_TYPE: Record<NodeType, string> = { project: "Project", theme: "Theme", partner: "Partner", outcome: "Outcome" };
export const LABELS = Object.keys(TYPE_OF_LABEL);

/** Node properties shown in views, per type. */
export const VIEW_FIELDS: Record<NodeType, string[]> = {
  project: ["id", "name", "description", "status", "region", "start", "end"],
  theme: ["id", "nameNl", "nameEn", "description"],
  partner: ["id", "name", "kind", "sector", "region", "size", "activeIn"],
  outcome: ["id", "title", "kind", "summary", "date", "url"],
};

/** Relationship properties shown in views, per type; the types views show. */
export const EDGE_FIELDS: Record<string, string[]> = {
  ADDRESSES: ["weight"], PARTICIPATES_IN: ["role"], PRODUCED: [], ABOUT: [], COLLABORATES_WITH: ["since", "source"],
};

/** The given fields of stored properties that hold a value, in the fields' order. */
export function pickFields(props: Record<string, unknown>, fields: string[], into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const f of fields) if (props[f] !== undefined && props[f] !== null) into[f] = props[f];
  return into;
}

/** A node as a view reads it: its label and stored properties (or already the fields views show). */
export interface NodeRow { label: string; props: Record<string, unknown> }
/** A relationship as a view reads it: its type, its ends by label and id, its properties. */
export interface EdgeRow { type: string; source: string; sourceId: string; target: string; targetId: string; props: Record<string, unknown> }
/** The nodes a view keeps (its centre first, if it has one) and how many there were per label. */
export interface SelectionRow { centre?: NodeRow; nodes: NodeRow[]; totals: { label: string; total: number }[] }
