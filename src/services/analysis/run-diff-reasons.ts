// What the run diff says about its pairs beyond ranks: the names of their networks, and why each
// dropped pair left. In order: the coordinator decided on it before the later run; one of its
// networks was removed; one ended between the runs (completed or stopped, or its end passed, but
// not already past its end at the earlier run: a network that ended long ago and was still
// suggested did not leave for that);
// the two now collaborate; otherwise its score fell below the cut (each network keeps only its
// best suggestions). Read in one query for every pair listed.
import { readQuery } from "../../db/index.ts";
import { dropReasonText, type DropReason } from "../../schemas/run-diff.ts";
import type { Db } from "../entities/store.ts";
import type { RunDiff, StoredRun } from "./records.ts";

type Pair = { pairKey: string; a: string; b: string };
type Why = Pick<RunDiff["dropped"][number], "reason" | "because" | "decided" | "network">;

export async function pairFacts(db: Db, from: StoredRun, to: StoredRun, listed: readonly Pair[], dropped: readonly Pair[]) {
  const ids = [...new Set(listed.flatMap((p) => [p.a, p.b]))];
  const [[row], decided] = await Promise.all([
    readQuery<{ projects: [string, string, boolean][]; collaborating: string[] }>(db.driver, "analysis/diff-pair-facts", {
      projects: ids, pairs: dropped.map((d) => [d.pairKey, d.a, d.b]), from: from.startedAt, to: to.startedAt,
    }, db.database),
    dropped.length ? readQuery<{ decision: Record<string, unknown> }>(db.driver, "analysis/decisions-of-pairs", { pairKeys: dropped.map((d) => d.pairKey) }, db.database) : Promise.resolve([]),
  ]);
  const projects = new Map((row?.projects ?? []).map(([id, name, ended]) => [id, { name, ended }]));
  const collaborating = new Set(row?.collaborating ?? []);
  const decisions = new Map(decided.map((r) => [r.decision.pairKey as string, r.decision]));
  const nameOf = (id: string) => projects.get(id)?.name ?? id;

  const why = (p: Pair): Why => {
    const because = (reason: DropReason, detail: Parameters<typeof dropReasonText>[2] = {}) => ({ nl: dropReasonText(reason, "nl", detail), en: dropReasonText(reason, "en", detail) });
    const d = decisions.get(p.pairKey);
    // A decision taken after the later run started is not why that run left the pair out.
    if (d && typeof d.decidedAt === "string" && d.decidedAt <= to.startedAt) {
      const decision = d.decision as "accepted" | "rejected";
      return { reason: "decided", because: because("decided", { decision }), decided: { decision, decidedAt: d.decidedAt } };
    }
    const removed = [p.a, p.b].find((id) => !projects.has(id));
    if (removed) return { reason: "network-removed", because: because("network-removed", { network: removed }), network: { id: removed, name: removed } };
    const ended = [p.a, p.b].find((id) => projects.get(id)!.ended);
    if (ended) return { reason: "network-ended", because: because("network-ended", { network: nameOf(ended) }), network: { id: ended, name: nameOf(ended) } };
    if (collaborating.has(p.pairKey)) return { reason: "collaborating", because: because("collaborating") };
    return { reason: "below-cut", because: because("below-cut") };
  };
  return { names: (p: Pair) => ({ aName: nameOf(p.a), bName: nameOf(p.b) }), why };
}
