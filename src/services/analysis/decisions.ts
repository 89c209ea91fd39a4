// Reading decisions on suggested pairs (taking them: decision-steps.ts). A decision belongs to the pair, not to one run's suggestion, so it
// survives reruns: accepted pairs become COLLABORATES_WITH and are not suggested again; rejected
// pairs are excluded from later runs for as long as the pair's fingerprint stays the same.
import { readQuery } from "../../db/index.ts";
import type { DiagonalGraph } from "../../analysis/graph.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError } from "../../errors.ts";
import { decisionFilterSchema, pairKeySchema, type DecisionFilterInput } from "../../schemas/index.ts";
import { pairFingerprinter } from "../../analysis/pair-fingerprint.ts";
import { validated } from "./queries.ts";
import { toDecision, type DecisionRecord } from "./records.ts";
import { suggestionIdParts } from "./stored-suggestion.ts";

/** Decisions with their history, newest first, filtered (the API's and the CLI's list). */
export async function findDecisions(db: Db, filter: DecisionFilterInput = {}): Promise<{ items: DecisionRecord[]; total: number; limit: number; offset: number }> {
  const f = validated(decisionFilterSchema, filter, "decision filter");
  const [row] = await readQuery<{ total: number; items: Record<string, unknown>[] }>(db.driver, "analysis/list-decisions", {
    decision: f.decision ?? null, project: f.project ?? null, by: f.by ?? null, since: f.since ?? null, until: f.until ?? null, limit: f.limit, offset: f.offset,
  }, db.database);
  return { items: (row?.items ?? []).map(toDecision), total: row?.total ?? 0, limit: f.limit, offset: f.offset };
}

/** One pair's decision with its full history; a pair never decided is a NotFoundError. */
export async function getDecision(db: Db, pairKey: string): Promise<DecisionRecord> {
  const key = validated(pairKeySchema, pairKey, "pair key");
  const [row] = await readQuery<{ decision: Record<string, unknown> }>(db.driver, "analysis/get-decision", { pairKey: key }, db.database);
  if (!row) throw new NotFoundError("decision on pair", key);
  return toDecision(row.decision);
}

/** The pair a suggestion is about (the CLI undoes a decision by its suggestion too). */
export async function pairOfSuggestion(db: Db, suggestionId: string): Promise<string> {
  const [row] = await readQuery<{ suggestion: { pairKey: string } }>(db.driver, "analysis/get-suggestion", { id: suggestionId, parts: suggestionIdParts(suggestionId) }, db.database);
  if (!row) throw new NotFoundError("suggestion", suggestionId);
  return row.suggestion.pairKey;
}

/** Earlier decisions on these pairs (a pair suggested again after a rejection carries them). */
export async function decisionsOfPairs(db: Db, pairKeys: string[]): Promise<Map<string, DecisionRecord>> {
  if (pairKeys.length === 0) return new Map();
  const rows = await readQuery<{ decision: Record<string, unknown> }>(db.driver, "analysis/decisions-of-pairs", { pairKeys }, db.database);
  return new Map(rows.map((r) => { const d = toDecision(r.decision); return [d.pairKey, d]; }));
}

export async function listDecisions(db: Db): Promise<DecisionRecord[]> {
  return (await readQuery<{ decision: Record<string, unknown> }>(db.driver, "analysis/decisions", {}, db.database)).map((r) => toDecision(r.decision));
}

/**
 * Pairs the next run must not suggest: accepted ones, and rejected ones whose data is unchanged
 * (same fingerprint on the graph about to be analysed).
 */
export function excludedPairs(decisions: DecisionRecord[], graph: DiagonalGraph): Set<string> {
  const fingerprint = pairFingerprinter(graph);
  const out = new Set<string>();
  for (const d of decisions) {
    if (d.decision === "accepted" || fingerprint(d.a, d.b) === d.fingerprint) out.add(d.pairKey);
  }
  return out;
}
