// Schemas of the analysis answers (suggestions, opportunities, communities, runs, jobs, import
// reports), for the OpenAPI document.
import { rankerInfo } from "../schemas/recommendation.ts";
import { z } from "zod";
import { OPPORTUNITY_KINDS } from "../schemas/index.ts";

const reasons = z.object({ nl: z.array(z.string()), en: z.array(z.string()) }).meta({ id: "Reasons", description: "Why, in Dutch and English" });

export const DecisionEventOut = z
  .object({
    decision: z.enum(["accepted", "rejected"]), note: z.string().optional(), by: z.string().optional(), at: z.string(),
    previous: z.enum(["accepted", "rejected"]).optional(), suggestionId: z.string(), runId: z.string(), score: z.number().optional(),
  })
  .meta({ id: "DecisionEvent" });

export const DecisionOut = z
  .object({
    suggestionId: z.string(), runId: z.string(), a: z.string(), b: z.string(), decision: z.enum(["accepted", "rejected"]), note: z.string().optional(), decidedAt: z.string(),
    decidedBy: z.string().optional(),
    history: z.array(DecisionEventOut).meta({ description: "every decision on the pair, oldest first" }),
  })
  .meta({ id: "Decision" });

export const DecisionListOut = z
  .object({ items: z.array(DecisionOut), total: z.number().int(), limit: z.number().int(), offset: z.number().int() })
  .meta({ id: "DecisionList" });

const NetworkInTimeOut = z.object({ status: z.string(), start: z.string().optional(), end: z.string().optional(), staleActive: z.boolean() });

export const SuggestionOut = z
  .object({
    id: z.string(), runId: z.string(), a: z.string(), b: z.string(), aName: z.string().optional(), bName: z.string().optional(),
    rank: z.number().int(), score: z.number(), diagonal: z.boolean(),
    signals: z.record(z.string(), z.number()),
    reasons,
    evidence: z.object({ sharedThemes: z.array(z.string()), sharedPartners: z.array(z.string()), topTerms: z.array(z.string()), complementarity: z.array(z.string()) }),
    communities: z.array(z.number().int().nullable()),
    networks: z.object({ a: NetworkInTimeOut, b: NetworkInTimeOut }).optional()
      .meta({ description: "each network's status and period (dates as stored: 2012, 2012-09 or 2012-09-30); staleActive: marked active although its end date has passed" }),
    previousDecision: DecisionOut.optional()
      .meta({ description: "an earlier decision on the same pair (a rejected pair returns when its data changed), with its history" }),
  })
  .meta({ id: "Suggestion", description: "A suggested collaboration between projects a and b, explained" });

export const SuggestionListOut = z.object({ items: z.array(SuggestionOut), limit: z.number().int(), offset: z.number().int() }).meta({ id: "SuggestionList" });

export const OpportunityOut = z
  .object({
    id: z.string(), runId: z.string(), kind: z.enum(OPPORTUNITY_KINDS), key: z.string(), score: z.number(),
    subjects: z.array(z.object({ type: z.enum(["project", "partner", "theme", "outcome"]), id: z.string() })),
    reasons,
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


export const RunOut = z
  .object({
    id: z.string(), startedAt: z.string(), finishedAt: z.string(), params: z.record(z.string(), z.unknown()), modularity: z.number(), counts: z.record(z.string(), z.number()),
    rankers: z.object({ partners: rankerInfo, networks: rankerInfo }).optional().meta({ description: "The run's recommendation models: learned on the graph's history, or the defaults and why" }),
  })
  .meta({ id: "AnalysisRun" });

export const JobOut = z
  .object({
    id: z.string(), state: z.enum(["running", "succeeded", "failed"]), startedAt: z.string(), finishedAt: z.string().optional(),
    stage: z.string().optional(), done: z.number().optional(), total: z.number().optional(), runId: z.string().optional(), error: z.string().optional(),
    statusUrl: z.string(), runUrl: z.string().optional(),
  })
  .meta({ id: "AnalysisJob" });

const ranked = { pairKey: z.string(), a: z.string(), b: z.string() };
export const RunDiffOut = z
  .object({
    from: z.string(), to: z.string(),
    added: z.array(z.object({ ...ranked, rank: z.number().int(), score: z.number() })),
    dropped: z.array(z.object({
      ...ranked, rank: z.number().int(), score: z.number(),
      decided: z.object({ decision: z.enum(["accepted", "rejected"]), decidedAt: z.string() }).optional().meta({ description: "present when the pair left because it was decided before the later run" }),
    })),
    moved: z.array(z.object({ ...ranked, fromRank: z.number().int(), toRank: z.number().int(), fromScore: z.number(), toScore: z.number() })),
    communityChanges: z.array(z.object({ project: z.string(), from: z.number().int().nullable(), to: z.number().int().nullable() })),
  })
  .meta({ id: "RunDiff" });

const problemOut = z.object({ file: z.string(), sheet: z.string().optional(), row: z.number().int().optional(), column: z.string().optional(), value: z.unknown().optional(), expected: z.string(), message: z.string() });
export const ImportReportOut = z
  .object({
    dryRun: z.boolean(),
    counts: z.record(z.string(), z.object({ rows: z.number().int(), created: z.number().int(), updated: z.number().int() })),
    merged: z.array(z.object({ entity: z.literal("partners"), kept: z.string(), merged: z.string(), reason: z.string() })),
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
    warnings: z.array(problemOut),
    seconds: z.number(),
    summary: z.string(),
  })
  .meta({ id: "ImportReport" });
