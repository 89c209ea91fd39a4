// What a caller may ask of an analysis run's results: suggestions (and decisions on them) and
// opportunities, with their filters. The HTTP query, the CLI flags and the services parse these.
import { z } from "zod";
import { id } from "./fields.ts";
import { PROJECT_STATUSES } from "./project.ts";

export const OPPORTUNITY_KINDS = ["broker", "isolated", "theme-gap", "reusable-outcome", "partner-recommendation", "learn-from"] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v), z.boolean({ error: "expected true or false" }));
const count = (min: number, max: number, def: number) =>
  z.coerce.number({ error: `expected a whole number from ${min} to ${max}` }).int(`expected a whole number from ${min} to ${max}`).min(min, `expected a whole number from ${min} to ${max}`).max(max, `expected a whole number from ${min} to ${max}`).default(def);

export const suggestionQuerySchema = z.object({
  project: id.optional(),
  theme: id.optional(),
  community: z.coerce.number({ error: "expected a community label (whole number ≥ 0)" }).int().min(0).optional(),
  diagonalOnly: flag.default(false),
  /** Only pairs whose two networks have one of these statuses ("active,planned"). */
  status: z
    .preprocess((v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v), z.array(z.enum(PROJECT_STATUSES, { error: `expected statuses from: ${PROJECT_STATUSES.join(", ")} (comma-separated)` })).min(1, "expected at least one status"))
    .optional(),
  runId: id.optional(),
  limit: count(1, 500, 20),
  offset: count(0, 1_000_000, 0),
});
export type SuggestionQuery = z.input<typeof suggestionQuerySchema>;

export const opportunityQuerySchema = z.object({
  kind: z.enum(OPPORTUNITY_KINDS, { error: `expected one of: ${OPPORTUNITY_KINDS.join(", ")}` }).optional(),
  runId: id.optional(),
  limit: count(1, 500, 50),
});
export type OpportunityQuery = z.input<typeof opportunityQuerySchema>;

export const decisionInputSchema = z.object({
  suggestionId: z.string({ error: "expected a suggestion id" }).trim().min(1, "expected a suggestion id").max(400),
  decision: z.enum(["accept", "reject"], { error: "expected accept or reject" }),
  note: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().max(2000, "expected a note of at most 2000 characters").optional()),
});

/** Filters of the list of decisions (newest first). */
export const decisionFilterSchema = z.object({
  decision: z.enum(["accepted", "rejected"], { error: "expected accepted or rejected" }).optional(),
  project: id.optional(),
  by: z.string().trim().min(1, "expected a name").max(200, "expected a name of at most 200 characters").optional(),
  since: z.iso.datetime({ offset: true, error: "expected a moment such as 2026-01-31T00:00:00Z" }).optional(),
  limit: z.coerce.number({ error: "expected a number from 1 to 500" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "expected a number of 0 or more" }).int().min(0).max(1_000_000).default(0),
});
export type DecisionFilter = z.output<typeof decisionFilterSchema>;
export type DecisionFilterInput = z.input<typeof decisionFilterSchema>;
