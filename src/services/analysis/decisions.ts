// Decisions on suggested pairs. A decision belongs to the pair, not to one run's suggestion, so it
// survives reruns: accepted pairs become COLLABORATES_WITH and are not suggested again; rejected
// pairs are excluded from later runs for as long as the pair's fingerprint stays the same.
import { readQuery, writeQuery } from "../../db/index.ts";
import type { DiagonalGraph } from "../../analysis/graph.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError } from "../../errors.ts";
import { decisionInputSchema } from "../../schemas/index.ts";
import { pairFingerprinter } from "./fingerprint.ts";
import { validated } from "./queries.ts";
import { analysisChanged } from "./read-cache.ts";
import { toDecision, type DecisionRecord } from "./records.ts";

export async function decideSuggestion(db: Db, suggestionId: string, decision: "accept" | "reject", note?: string): Promise<DecisionRecord> {
  const input = validated(decisionInputSchema, { suggestionId, decision, note }, "decision");
  const [row] = await writeQuery<{ decision: Record<string, unknown> }>(db.driver, "analysis/decide", {
    id: input.suggestionId,
    decision: input.decision === "accept" ? "accepted" : "rejected",
    note: input.note ?? null,
  }, db.database);
  if (!row) throw new NotFoundError("suggestion", input.suggestionId);
  // The pair leaves every cached list of this process at once.
  analysisChanged(db);
  return toDecision(row.decision);
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
