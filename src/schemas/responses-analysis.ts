// Schemas of the analysis answers (suggestions, opportunities, communities, runs, jobs, import
// reports): declared once, here, for the routes, the OpenAPI document, the services' record types
// and the workspace's types.
import { rankerInfo } from "./recommendation.ts";
import { z } from "zod";
import { DECISION_STATUSES, OPPORTUNITY_KINDS } from "./suggestion.ts";
import { duplicateCandidateSchema } from "./partner-duplicates.ts";
import { DROP_REASONS } from "./run-diff.ts";
import { ImportListsOut, SyncReportOut } from "./responses-import.ts";

export const ReasonsOut = z.object({ nl: z.array(z.string()), en: z.array(z.string()) }).meta({ id: "Reasons", description: "Why, in Dutch and English" });

const decisionState = z.enum(DECISION_STATUSES).meta({ description: "accepted, rejected, or open (every decision on the pair was undone: it is suggested again)" });

export const DecisionEventOut = z
  .object({
    action: z.enum(["decide", "undo"]).meta({ description: "a decision, or an undo of the latest decision not yet undone" }),
    decision: decisionState.meta({ description: "the state this step left the pair in" }),
    note: z.string().optional(), by: z.string().optional(), at: z.string(),
    previous: decisionState.optional().meta({ description: "the state before this step (absent on a pair's first decision)" }),
    version: z.number().int().optional().meta({ description: "the pair's version after this step" }),
    undoes: z.number().int().optional().meta({ description: "an undo: the version of the step it reverted" }),
    undoneAt: z.string().optional(), undoneBy: z.string().optional(),
    suggestionId: z.string(), runId: z.string(), score: z.number().optional(),
  })
  .meta({ id: "DecisionEvent" });

export const DecisionOut = z
  .object({
    pairKey: z.string().meta({ description: "the pair: the two network ids in order, joined by | (the path of /api/v1/decisions/{pairKey})" }),
    suggestionId: z.string(), runId: z.string(), a: z.string(), b: z.string(), aName: z.string().optional(), bName: z.string().optional(),
    decision: decisionState, note: z.string().optional(), decidedAt: z.string().meta({ description: "when the latest step was taken" }),
    decidedBy: z.string().optional(),
    version: z.number().int().meta({ description: "send it back (`version` or If-Match) when deciding: a stale one gets 409 decision-changed" }),
    collaboration: z.enum(["made-by-accepting", "none-made"]).meta({ description: "whether the collaboration between a and b was made by accepting (undone with the acceptance)" }),
    orphaned: z.object({ reason: z.string(), importJob: z.string(), at: z.string() }).optional()
      .meta({ description: "set when an import sync removed a project of the pair: the decision is kept, no collaboration hangs on it" }),
    history: z.array(DecisionEventOut).meta({ description: "every step on the pair, oldest first" }),
  })
  .meta({ id: "Decision" });

export const DecisionListOut = z
  .object({ items: z.array(DecisionOut), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "DecisionList" });

/** A network's status and period as a suggestion shows them; `staleActive`: marked active, end date passed. */
export const NetworkInTimeOut = z.object({ status: z.string(), start: z.string().optional(), end: z.string().optional(), staleActive: z.boolean() });

export const SuggestionOut = z
  .object({
    id: z.string(), runId: z.string(), a: z.string(), b: z.string(), aName: z.string().optional(), bName: z.string().optional(),
    aStatus: z.string().optional().meta({ description: "network a's status now (planned, active, completed, stopped)" }), bStatus: z.string().optional(),
    aStart: z.string().optional().meta({ description: "network a's period: its start and end dates" }), aEnd: z.string().optional(),
    bStart: z.string().optional(), bEnd: z.string().optional(),
    rank: z.number().int(), score: z.number(), diagonal: z.boolean(),
    signals: z.record(z.string(), z.number()),
    reasons: ReasonsOut,
    evidence: z.object({ sharedThemes: z.array(z.string()), sharedPartners: z.array(z.string()), topTerms: z.array(z.string()), complementarity: z.array(z.string()) }),
    communities: z.array(z.number().int().nullable()),
    decisionVersion: z.number().int().optional()
      .meta({ description: "the version of the pair's decision (0: never decided); send it back when deciding, so a decision taken meanwhile is not overwritten" }),
    networks: z.object({ a: NetworkInTimeOut, b: NetworkInTimeOut }).optional()
      .meta({ description: "each network's status and period (dates as stored: 2012, 2012-09 or 2012-09-30); staleActive: marked active although its end date has passed" }),
    previousDecision: DecisionOut.optional()
      .meta({ description: "an earlier decision on the same pair (a rejected pair returns when its data changed), with its history" }),
  })
  .meta({ id: "Suggestion", description: "A suggested collaboration between projects a and b, explained" });

export const SuggestionListOut = z
  .object({ items: z.array(SuggestionOut), total: z.number().int().optional().meta({ description: "how many suggestions the filters hold, over every page" }), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "SuggestionList" });

export const OpportunityOut = z
  .object({
    id: z.string(), runId: z.string(), kind: z.enum(OPPORTUNITY_KINDS), key: z.string(), score: z.number(),
    subjects: z.array(z.object({
      type: z.enum(["project", "partner", "theme", "outcome"]), id: z.string(),
      nameNl: z.string().optional().meta({ description: "its name now (a theme's in Dutch); absent when it was removed since the run" }),
      nameEn: z.string().optional().meta({ description: "its name now (a theme's in English)" }),
    })),
    reasons: ReasonsOut,
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Opportunity" });

export const CommunitiesOut = z
  .object({
    items: z.array(
      z.object({
        label: z.number().int(),
        nameNl: z.string().optional().meta({ description: "The community's name in Dutch: its most characteristic themes (absent for runs stored before communities were named)" }),
        nameEn: z.string().optional().meta({ description: "The community's name in English" }),
        themes: z.array(z.object({ id: z.string(), nameNl: z.string(), nameEn: z.string(), networks: z.number().int() })).optional(),
        projects: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
  })
  .meta({ id: "Communities" });

export const OpportunityListOut = z.object({ items: z.array(OpportunityOut) });

export const RunOut = z
  .object({
    id: z.string(), startedAt: z.string(), finishedAt: z.string(), params: z.record(z.string(), z.unknown()), modularity: z.number(), counts: z.record(z.string(), z.number()),
    rankers: z.object({ partners: rankerInfo, networks: rankerInfo }).optional().meta({ description: "The run's recommendation models: learned on the graph's history, or the defaults and why" }),
  })
  .meta({ id: "AnalysisRun" });

export const RunListOut = z.object({ items: z.array(RunOut) });

export const DeletedRunOut = z.object({ id: z.string(), results: z.number().int().meta({ description: "suggestions and opportunities removed" }) }).meta({ id: "DeletedRun" });

export const JobOut = z
  .object({
    id: z.string(), state: z.enum(["running", "succeeded", "failed"]), startedAt: z.string(), finishedAt: z.string().optional(),
    stage: z.string().optional(), done: z.number().optional(), total: z.number().optional(), runId: z.string().optional(), error: z.string().optional(),
    messageId: z.string().optional().meta({ description: "a failed job: why, as a message id of the workspace's catalogue (analysis-failed…, or a problem id)" }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional().meta({ description: "the message's parameters (stage, count)" }),
    statusUrl: z.string(), runUrl: z.string().optional(),
  })
  .meta({ id: "AnalysisJob" });

const ranked = { pairKey: z.string(), a: z.string(), b: z.string(), aName: z.string().meta({ description: "network a's name (its id when it was removed)" }), bName: z.string() };
export const RunDiffOut = z
  .object({
    from: z.string(), to: z.string(),
    added: z.array(z.object({ ...ranked, rank: z.number().int(), score: z.number() })),
    dropped: z.array(z.object({
      ...ranked, rank: z.number().int(), score: z.number(),
      reason: z.enum(DROP_REASONS).meta({ description: "why the pair left: decided before the later run, a network removed or ended, the two now collaborate, or its score fell below the cut (each network keeps only its best suggestions)" }),
      because: z.object({ nl: z.string(), en: z.string() }).meta({ description: "the reason in words" }),
      decided: z.object({ decision: z.enum(["accepted", "rejected"]), decidedAt: z.string() }).optional().meta({ description: "present when the pair left because it was decided before the later run" }),
      network: z.object({ id: z.string(), name: z.string() }).optional().meta({ description: "the network that was removed or ended" }),
    })),
    moved: z.array(z.object({
      ...ranked, fromRank: z.number().int(), toRank: z.number().int(), fromScore: z.number(), toScore: z.number(),
      fromPlace: z.number().int(), toPlace: z.number().int(),
    })).meta({ description: "pairs whose place among the pairs both runs suggest changed (fromPlace → toPlace); a pair that only shifted because others were inserted above it, or left, is not listed" }),
    communityChanges: z.array(z.object({ project: z.string(), from: z.number().int().nullable(), to: z.number().int().nullable() })),
  })
  .meta({ id: "RunDiff" });

const problemOut = z.object({ file: z.string(), sheet: z.string().optional(), row: z.number().int().optional(), column: z.string().optional(), value: z.unknown().optional(), expected: z.string(), message: z.string(),
  messageId: z.string().optional().meta({ description: "what was expected, as a message id of the import problem catalogue (src/schemas/import-problem-messages.ts)" }),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().meta({ description: "the message's parameters: file, sheet, row, field, received, given, note and those of the id" }),
  text: z.string().optional().meta({ description: "the whole line in English: place, what was expected, what was received" }),
});
export const ImportReportOut = z
  .object({
    dryRun: z.boolean(),
    counts: z.record(z.string(), z.object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int() })),
    merged: z.array(z.object({ entity: z.literal("partners"), kept: z.string(), merged: z.string(), reason: z.string() })),
    duplicates: z.array(duplicateCandidateSchema).optional().meta({ description: "partners that may be stored organisations (or each other) under another id, with a confidence and reasons; never merged" }),
    deleted: z
      .object({
        themes: z.array(z.string()),
        projects: z.array(z.string()),
        partners: z.array(z.string()),
        outcomes: z.array(z.string()),
        projectThemes: z.array(z.object({ project: z.string(), theme: z.string() })),
        participations: z.array(z.object({ partner: z.string(), project: z.string() })),
        collaborations: z.array(z.object({ from: z.string(), to: z.string() })),
      })
      .optional()
      .meta({ description: "sync=true only: what was (dry run: would be) removed because the files no longer list it" }),
    sync: SyncReportOut.optional(),
    job: z.string().optional().meta({ description: "the import's job id: POST /api/v1/import/{job}/undo undoes it" }),
    warnings: z.array(problemOut),
    seconds: z.number(),
    summary: z.string(),
    lists: ImportListsOut,
  })
  .meta({ id: "ImportReport" });

// The answers as TypeScript types: the services' records and the workspace derive theirs from these.
export type ReasonsJson = z.output<typeof ReasonsOut>;
export type DecisionEventJson = z.output<typeof DecisionEventOut>;
export type DecisionJson = z.output<typeof DecisionOut>;
export type DecisionListJson = z.output<typeof DecisionListOut>;
export type NetworkInTimeJson = z.output<typeof NetworkInTimeOut>;
export type SuggestionJson = z.output<typeof SuggestionOut>;
export type SuggestionListJson = z.output<typeof SuggestionListOut>;
export type OpportunityJson = z.output<typeof OpportunityOut>;
export type CommunitiesJson = z.output<typeof CommunitiesOut>;
export type RunJson = z.output<typeof RunOut>;
export type JobJson = z.output<typeof JobOut>;
export type RunDiffJson = z.output<typeof RunDiffOut>;
export type ImportReportJson = z.output<typeof ImportReportOut>;
