// The stored shapes of analysis results (what the service returns to the API and the CLI), and how
// Neo4j rows become them. JSON-valued properties (params, counts, signals, evidence, subjects,
// details) are stored as strings because Neo4j properties cannot hold maps.
import type { CommunityName } from "../../analysis/community-names.ts";
import { isStaleActive, today } from "../../analysis/network-periods.ts";
import { cutToPrecision } from "../../schemas/partial-date.ts";
import type { Rankers } from "../../analysis/recommend/learned-ranker.ts";
import type { DecisionEventJson, DecisionJson, NetworkInTimeJson, OpportunityJson, RunDiffJson, RunJson, SuggestionJson } from "../../schemas/responses-analysis.ts";
import type { AnalysisResult, Opportunity, OpportunityKind, Suggestion } from "../../analysis/types.ts";
import { readDetails, storedSuggestionId } from "./stored-suggestion.ts";

/** A run as the API shows it, with its counts named and its recommendation models whole (the API shows their summary). */
export type StoredRun = Omit<RunJson, "counts" | "rankers"> & {
  counts: AnalysisResult["counts"] & { suggestions: number; opportunities: number; excludedPairs: number };
  /** The run's recommendation models: learned on the graph's history, or the defaults and why (older runs: none). */
  rankers?: Rankers;
};

/** A run as written: its record and the names of its communities (read on their own, see getCommunities). */
export interface NewRun extends StoredRun {
  communityNames: CommunityName[];
}

export interface RunSummary extends StoredRun {
  seconds: number;
}

/**
 * A stored suggestion: the API's suggestion (names, the networks' status and period now, rank 1 =
 * best score) without what is read beside it (the pair's decision), with the pair's key and
 * fingerprint, and the community labels of a and b in the run.
 */
export type StoredSuggestion = Omit<SuggestionJson, "signals" | "communities" | "decisionVersion" | "previousDecision"> & Suggestion & {
  pairKey: string;
  communities: [number | null, number | null];
};

/** A network's status and period as a suggestion shows them; `staleActive`: marked active, end date passed. */
export type NetworkInTime = NetworkInTimeJson;

/** The status and period of a stored project row (dates cut to their precision), seen from today. */
export function networkInTime(row: unknown, now = today()): NetworkInTime | undefined {
  if (!row || typeof row !== "object") return undefined;
  const r = row as Record<string, unknown>;
  const status = typeof r.status === "string" ? r.status : "active";
  const start = typeof r.start === "string" ? cutToPrecision(r.start, r.startPrecision) : undefined;
  const end = typeof r.end === "string" ? cutToPrecision(r.end, r.endPrecision) : undefined;
  return { status, ...(start ? { start } : {}), ...(end ? { end } : {}), staleActive: isStaleActive({ status, ...(end ? { end, endPrecision: r.endPrecision as string | undefined } : {}) }, now) };
}

/** An opportunity of a stored run, as the API shows it. */
export type StoredOpportunity = Opportunity & Pick<OpportunityJson, "id" | "runId">;

/**
 * A pair's decision as stored: the API's decision (the state in force, "open" when every decision
 * was undone; its version; who took the latest step; orphaned when a sync removed a project of the
 * pair) with whether accepting made the collaboration (the API says it in words) and the pair's
 * fingerprint. history: every step on the pair, oldest first; a new one is appended.
 */
export type DecisionRecord = Omit<DecisionJson, "collaboration" | "history"> & {
  /** The collaboration between a and b was made by accepting (and goes when the pair is no longer accepted). */
  madeCollaboration: boolean;
  fingerprint: string;
  history: DecisionEvent[];
};

/** One step on a pair: a decision or an undo, as the API shows it. */
export type DecisionEvent = DecisionEventJson;

/** What changed between two runs, as the API shows it (places 1-based, ranks as stored). */
export type RunDiff = RunDiffJson;

/** A pair in a run diff: its networks' ids and names (the id where a network is gone). */
export type DiffPair = Pick<RunDiff["added"][number], "pairKey" | "a" | "b" | "aName" | "bName">;

type Row = Record<string, unknown>;
const json = <T>(v: unknown, fallback: T): T => (typeof v === "string" ? (JSON.parse(v) as T) : fallback);
const strings = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

export function toRun(r: Row): StoredRun {
  return {
    id: r.id as string,
    startedAt: r.startedAt as string,
    finishedAt: r.finishedAt as string,
    params: json(r.params, {}),
    modularity: r.modularity as number,
    counts: json(r.counts, {} as StoredRun["counts"]),
    ...(typeof r.rankers === "string" ? { rankers: json<Rankers>(r.rankers, {} as Rankers) } : {}),
  };
}

export function toSuggestion(s: Row): StoredSuggestion {
  const details = readDetails(s);
  return {
    id: storedSuggestionId(s as { id?: unknown; a: string; b: string; runId: string }),
    runId: s.runId as string,
    pairKey: s.pairKey as string,
    a: s.a as string,
    b: s.b as string,
    ...(s.aName ? { aName: s.aName as string } : {}),
    ...(s.bName ? { bName: s.bName as string } : {}),
    ...Object.fromEntries((["aStatus", "bStatus", "aStart", "aEnd", "bStart", "bEnd"] as const).filter((k) => typeof s[k] === "string").map((k) => [k, s[k] as string])),
    rank: s.rank as number,
    score: s.score as number,
    signals: details.signals,
    diagonal: s.diagonal === true,
    reasons: details.reasons,
    evidence: details.evidence,
    fingerprint: s.fingerprint as string,
    communities: [(s.communityA as number | undefined) ?? null, (s.communityB as number | undefined) ?? null],
    ...withNetworks(networkInTime(s.aNetwork), networkInTime(s.bNetwork)),
  };
}

const withNetworks = (a: NetworkInTime | undefined, b: NetworkInTime | undefined) => (a && b ? { networks: { a, b } } : {});

export function toOpportunity(o: Row): StoredOpportunity {
  return {
    id: o.id as string,
    runId: o.runId as string,
    kind: o.kind as OpportunityKind,
    key: o.key as string,
    score: o.score as number,
    subjects: json(o.subjects, []),
    reasons: { nl: strings(o.reasonsNl), en: strings(o.reasonsEn) },
    details: json(o.details, {}),
  };
}

const state = (v: unknown): DecisionRecord["decision"] => (v === "accepted" || v === "rejected" ? v : "open");

export function toDecisionEvent(e: Row): DecisionEvent {
  return {
    action: e.action === "undo" ? "undo" : "decide",
    decision: state(e.decision),
    ...(e.note ? { note: e.note as string } : {}),
    ...(e.by ? { by: e.by as string } : {}),
    at: e.at as string,
    ...(e.previous ? { previous: state(e.previous) } : {}),
    ...(typeof e.version === "number" ? { version: e.version } : {}),
    ...(typeof e.undoes === "number" ? { undoes: e.undoes } : {}),
    ...(e.undoneAt ? { undoneAt: e.undoneAt as string } : {}),
    ...(e.undoneBy ? { undoneBy: e.undoneBy as string } : {}),
    suggestionId: e.suggestionId as string,
    runId: e.runId as string,
    ...(typeof e.score === "number" ? { score: e.score } : {}),
  };
}

export function toDecision(d: Row): DecisionRecord {
  const history = ((d.history as Row[] | undefined) ?? []).map(toDecisionEvent);
  return {
    pairKey: d.pairKey as string,
    a: d.a as string,
    b: d.b as string,
    ...(d.aName ? { aName: d.aName as string } : {}),
    ...(d.bName ? { bName: d.bName as string } : {}),
    decision: state(d.decision),
    version: typeof d.version === "number" ? d.version : history.length,
    madeCollaboration: d.madeCollaboration === true,
    ...(d.note ? { note: d.note as string } : {}),
    decidedAt: d.decidedAt as string,
    ...(d.decidedBy ? { decidedBy: d.decidedBy as string } : {}),
    fingerprint: d.fingerprint as string,
    suggestionId: d.suggestionId as string,
    runId: d.runId as string,
    ...(d.orphaned ? { orphaned: { reason: String(d.orphanedReason ?? ""), importJob: String(d.orphanedBy ?? ""), at: String(d.orphanedAt ?? "") } } : {}),
    history,
  };
}
