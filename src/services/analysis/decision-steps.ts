// Every step a coordinator takes on a suggested pair — accept, reject, decide again, undo — as one
// transaction serialised per pair: the pair's Decision is write-locked first (cypher
// analysis/lock-*-decision), its state is read only then (so a step committed meanwhile is seen),
// the caller's version is checked, and the new state, the appended event and the collaboration are
// written together (analysis/apply-decision). Any refusal rolls the whole step back. The CLI and
// the HTTP API both call these functions.
import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { runIn, writeTransaction } from "../../db/index.ts";
import { ConflictError, DecisionChangedError, NotFoundError } from "../../errors.ts";
import { decisionInputSchema, redecisionInputSchema, undoDecisionInputSchema } from "../../schemas/index.ts";
import type { Db } from "../entities/store.ts";
import { validated } from "./queries.ts";
import { analysisChanged } from "./read-cache.ts";
import { toDecision, type DecisionEvent, type DecisionRecord } from "./records.ts";
import { suggestionIdParts } from "./stored-suggestion.ts";

type Row = Record<string, unknown>;
type State = DecisionRecord["decision"];
/** Where a step came from: a suggestion of a run (its fingerprint and score go with the decision), or the pair alone. */
interface SuggestionRef { id: string; runId: string; pairKey: string; fingerprint: string; score?: number }

interface Step {
  action: "decide" | "undo";
  /** The state the step leaves the pair in. */
  decision: State;
  note?: string | undefined;
  /** An undo: the event it reverts. */
  undoes?: { ref: string; version: number | undefined };
}

/** Who takes a step ("cli:<user>", a token's name) and the version they saw, if they say. */
export interface StepOptions {
  by?: string | undefined;
  expectedVersion?: number | undefined;
}

/** Accepts or rejects a suggestion of a complete run. Accepting links the two networks. */
export async function decideSuggestion(db: Db, suggestionId: string, decision: "accept" | "reject", note?: string, by?: string, expectedVersion?: number): Promise<DecisionRecord> {
  const input = validated(decisionInputSchema, { suggestionId, decision, note, version: expectedVersion }, "decision");
  return stepOnPair(db, { suggestionId: input.suggestionId }, { by, expectedVersion: input.version }, () => ({ action: "decide", decision: verdict(input.decision), note: input.note }));
}

/** Decides a pair that was decided before again (from the list of decisions; no suggestion needed). */
export async function redecidePair(db: Db, pairKey: string, decision: "accept" | "reject", note?: string, opts: StepOptions = {}): Promise<DecisionRecord> {
  const input = validated(redecisionInputSchema, { pairKey, decision, note, version: opts.expectedVersion }, "decision");
  return stepOnPair(db, { pairKey: input.pairKey }, { by: opts.by, expectedVersion: input.version }, () => ({ action: "decide", decision: verdict(input.decision), note: input.note }));
}

/**
 * Undoes the latest decision on the pair that is not undone yet: the pair returns to the state
 * before it (open when it was the first), and the collaboration follows (made again, or removed).
 * Undoing again goes one decision further back. Nothing left to undo is a ConflictError.
 */
export async function undoDecision(db: Db, pairKey: string, opts: StepOptions & { note?: string | undefined } = {}): Promise<DecisionRecord> {
  const input = validated(undoDecisionInputSchema, { pairKey, note: opts.note, version: opts.expectedVersion }, "undo");
  return stepOnPair(db, { pairKey: input.pairKey }, { by: opts.by, expectedVersion: input.version }, (current) => {
    const target = [...current.history].reverse().find((e) => e.action === "decide" && !e.undoneAt);
    if (!target) throw new ConflictError(`nothing to undo on ${current.pairKey.replace("|", " ↔ ")}: every decision on it is undone already (it is ${current.decision})`, { pairKey: current.pairKey, decision: current.decision, version: current.version });
    return { action: "undo", decision: target.previous ?? "open", note: input.note, undoes: { ref: target.ref, version: target.version } };
  });
}

const verdict = (d: "accept" | "reject"): State => (d === "accept" ? "accepted" : "rejected");

type Target = { suggestionId: string } | { pairKey: string };
type CurrentState = DecisionRecord & { history: (DecisionEvent & { ref: string })[]; bothExist: boolean };

async function stepOnPair(db: Db, target: Target, opts: StepOptions, plan: (current: CurrentState) => Step): Promise<DecisionRecord> {
  const row = await writeTransaction(db.driver, async (tx) => {
    const { pairKey, suggestion } = await lockPair(tx, target);
    const current = await currentState(tx, pairKey);
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== current.version) {
      throw new DecisionChangedError({
        pairKey, version: current.version, decision: current.decision,
        ...(current.decidedBy ? { decidedBy: current.decidedBy } : {}),
        ...(current.decidedAt ? { decidedAt: current.decidedAt } : {}),
        ...(current.note ? { note: current.note } : {}),
      }, opts.expectedVersion);
    }
    const step = plan(current);
    if (step.decision === "accepted" && !current.bothExist) {
      throw new ConflictError(`${pairKey.replace("|", " ↔ ")} cannot be accepted: one of the two networks no longer exists`, { pairKey });
    }
    const version = current.version + 1;
    const [applied] = await runIn<{ decision: Row }>(tx, "analysis/apply-decision", {
      pairKey,
      action: step.action,
      decision: step.decision === "open" ? null : step.decision,
      // The first step on a pair has no previous state.
      previous: current.version === 0 ? null : current.decision,
      note: step.note ?? null,
      by: opts.by ?? null,
      version,
      undoes: step.undoes?.ref ?? null,
      undoesVersion: step.undoes?.version ?? null,
      suggestionId: suggestion?.id ?? null,
      runId: suggestion?.runId ?? null,
      fingerprint: suggestion?.fingerprint ?? null,
      score: suggestion?.score ?? null,
    });
    return applied!.decision;
  }, db.database);
  // The pair leaves (or returns to) every cached list of this process at once.
  analysisChanged(db);
  return toDecision(row);
}

async function lockPair(tx: ManagedTransaction, target: Target): Promise<{ pairKey: string; suggestion?: SuggestionRef }> {
  const token = randomUUID();
  if ("suggestionId" in target) {
    const [row] = await runIn<{ suggestion: SuggestionRef }>(tx, "analysis/lock-suggestion-decision", { id: target.suggestionId, parts: suggestionIdParts(target.suggestionId), token });
    if (!row) throw new NotFoundError("suggestion", target.suggestionId);
    return { pairKey: row.suggestion.pairKey, suggestion: row.suggestion };
  }
  const [row] = await runIn<{ pairKey: string }>(tx, "analysis/lock-pair-decision", { pairKey: target.pairKey, token });
  if (!row) throw new NotFoundError("decision on pair", target.pairKey);
  return { pairKey: row.pairKey };
}

async function currentState(tx: ManagedTransaction, pairKey: string): Promise<CurrentState> {
  const [row] = await runIn<{ decision: Row; aExists: boolean; bExists: boolean }>(tx, "analysis/decision-state", { pairKey });
  const record = toDecision(row!.decision);
  const refs = ((row!.decision.history as Row[] | undefined) ?? []).map((e) => e.ref as string);
  return { ...record, history: record.history.map((e, i) => ({ ...e, ref: refs[i]! })), bothExist: row!.aExists && row!.bExists };
}
