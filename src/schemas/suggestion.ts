// What a caller may ask of an analysis run's results: suggestions (and decisions on them) and
// opportunities, with their filters. The HTTP query, the CLI flags and the services parse these.
import { z } from "zod";
import { plainString, unifyLineEnds } from "./control-characters.ts";
import { id } from "./fields.ts";
import { PROJECT_STATUSES } from "./project.ts";

export const OPPORTUNITY_KINDS = ["broker", "isolated", "theme-gap", "reusable-outcome", "partner-recommendation", "learn-from"] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v), z.boolean({ error: "expected true or false" }));
const count = (min: number, max: number, def: number) =>
  z.coerce.number({ error: `expected a whole number from ${min} to ${max}` }).int(`expected a whole number from ${min} to ${max}`).min(min, `expected a whole number from ${min} to ${max}`).max(max, `expected a whole number from ${min} to ${max}`).default(def);

/** A pair of networks as decisions name it: the two ids in order, joined by "|". */
export const pairKeySchema = z
  .string({ error: "expected a pair key (two network ids joined by |)" })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}\|[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "expected a pair key: two network ids joined by | (as the list of decisions shows it)");

/** The version of a pair's decision the caller saw (0: no decision yet); a stale one is refused. */
export const decisionVersionSchema = z.coerce
  .number({ error: "expected the version of the decision you saw (a whole number ≥ 0)" })
  .int("expected the version of the decision you saw (a whole number ≥ 0)")
  .min(0, "expected the version of the decision you saw (a whole number ≥ 0)")
  .max(1_000_000_000, "expected a version of at most 1000000000");

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
  note: z.preprocess((v) => (v === "" || v === null ? undefined : unifyLineEnds(v)), plainString(true).trim().max(2000, "expected a note of at most 2000 characters").optional()),
  /** The version of the pair's decision the caller saw; without it the decision is taken on whatever is current. */
  version: decisionVersionSchema.optional(),
});

/** Deciding a pair again from the list of decisions (no suggestion needed: the pair is named). */
export const redecisionInputSchema = decisionInputSchema.omit({ suggestionId: true }).extend({ pairKey: pairKeySchema });

/** Undoing the latest decision on a pair: back to the state before it. */
export const undoDecisionInputSchema = z.object({
  pairKey: pairKeySchema,
  note: decisionInputSchema.shape.note,
  version: decisionVersionSchema.optional(),
});

/** A decision's status: accepted, rejected, or open again (its decisions were undone). */
export const DECISION_STATUSES = ["accepted", "rejected", "open"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Filters of the list of decisions (newest first). */
export const decisionFilterSchema = z.object({
  decision: z.enum(DECISION_STATUSES, { error: `expected one of: ${DECISION_STATUSES.join(", ")}` }).optional(),
  project: id.optional(),
  by: plainString().trim().min(1, "expected a name").max(200, "expected a name of at most 200 characters").optional(),
  since: z.iso.datetime({ offset: true, error: "expected a moment such as 2026-01-31T00:00:00Z" }).optional(),
  until: z.iso.datetime({ offset: true, error: "expected a moment such as 2026-02-28T23:59:59Z" }).optional(),
  limit: z.coerce.number({ error: "expected a number from 1 to 500" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "expected a number of 0 or more" }).int().min(0).max(1_000_000).default(0),
});
export type DecisionFilter = z.output<typeof decisionFilterSchema>;
export type DecisionFilterInput = z.input<typeof decisionFilterSchema>;

/** An If-Match header carrying a decision's version: 3, "3" or W/"3" (an alternative to the body's `version`). */
export const ifMatchVersionSchema = z
  .string()
  .trim()
  .regex(/^(W\/)?"?\d{1,10}"?$/, 'expected the version of the decision you saw, such as "3"')
  .transform((v) => Number(v.replace(/\D/g, "")));
