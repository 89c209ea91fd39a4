// On-demand recommendations: the network asked about (one in the graph by id, or a new one given
// by its themes, description and lead partner), how many items, and the response items. One
// declaration for the CLI flags, the HTTP bodies and the OpenAPI document.
import { z } from "zod";
import { plainString, unifyLineEnds } from "./control-characters.ts";
import { id, numberIn } from "./fields.ts";

export const RECOMMENDATION_LIMIT = { default: 20, max: 200 } as const;
const limitMessage = `limit: expected a whole number from 1 to ${RECOMMENDATION_LIMIT.max}`;

export const recommendationLimit = z
  .preprocess((v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v), z.number({ error: limitMessage }).int(limitMessage).min(1, limitMessage).max(RECOMMENDATION_LIMIT.max, limitMessage))
  .default(RECOMMENDATION_LIMIT.default);

// A theme by id or by name (Dutch or English, any case or accents); an unknown one is ignored with a warning.
const themeText = z.string().trim().min(1).max(200);
const themeRef = z.union([
  themeText.transform((t) => ({ id: t, weight: 1 })),
  z.strictObject({ id: themeText, weight: numberIn(0.01, 1, 1) }),
], { error: "themes: expected theme ids or names, or objects { id, weight } with 0 < weight ≤ 1" });

/** How network recommendations treat time: the day seen from, and running networks only or all (past ones labelled "learn from"). */
export const NETWORK_TIME_FILTERS = ["running", "all"] as const;
const networkTime = {
  now: z.iso.date({ error: "now: expected a day such as 2026-01-31" }).optional().describe("the day seen from (default today): which networks run and which are past"),
  networks: z.enum(NETWORK_TIME_FILTERS, { error: `networks: expected one of: ${NETWORK_TIME_FILTERS.join(", ")}` }).default("all")
    .describe("network recommendations: running networks only, or all (past ones labelled as networks to learn from)"),
};

/** A network that is not in the graph yet. */
export const newNetworkSchema = z.strictObject({
  name: plainString(false, { error: "name: expected text" }).trim().max(300, "name: expected at most 300 characters").optional(),
  description: z.preprocess(unifyLineEnds, plainString(true, { error: "description: expected text" }).trim().max(20_000, "description: expected at most 20,000 characters").default("")),
  themes: z.array(themeRef, { error: "themes: expected a list of theme ids" }).max(50, "themes: expected at most 50 themes").default([]),
  lead: id.optional().describe("the lead (promoter) partner's id"),
  leads: z.array(id, { error: "leads: expected a list of partner ids" }).max(100, "leads: expected at most 100 partners").optional()
    .describe("partners already in the network; the first is its lead unless `lead` is given. Ids merged away on import resolve to the partner they were merged into"),
  limit: recommendationLimit,
  ...networkTime,
}).refine((n) => n.themes.length > 0 || n.description.length > 0 || n.lead !== undefined || (n.leads?.length ?? 0) > 0, {
  error: "a new network needs at least one of themes, description or lead",
}).meta({
  // The refinement above, stated for clients: at least one of a theme, a description with text, a lead.
  anyOf: [
    { required: ["themes"], properties: { themes: { minItems: 1 } } },
    { required: ["description"], properties: { description: { pattern: "\\S" } } },
    { required: ["lead"] },
    { required: ["leads"], properties: { leads: { minItems: 1 } } },
  ],
  example: { name: "Talent in de zorg", description: "Zorgorganisaties bouwen samen een competentiebeleid uit.", themes: ["talent-development", { id: "learning-organisation", weight: 0.5 }], limit: 5 },
});
export type NewNetworkInput = z.output<typeof newNetworkSchema>;

export const projectRecommendationQuerySchema = z.strictObject({ limit: recommendationLimit, ...networkTime });

const reasons = z.object({ nl: z.array(z.string()), en: z.array(z.string()) });
/** Where a ranker's weights come from (learned on the graph's history, or the defaults and why) and the weights. */
export const rankerInfo = z.object({
  source: z.enum(["learned", "default"]),
  reason: z.string().optional(),
  weights: z.record(z.string(), z.number()).meta({ description: "Weight per feature, in standard deviations of log(1 + feature)" }),
});

const warnings = z.array(z.string()).optional().meta({ description: "what was ignored in the description (unknown themes or partners), and ids read through an alias" });
export const partnerRecommendationListOut = z.object({
  items: z.array(z.object({ partnerId: z.string(), name: z.string(), kind: z.string(), score: z.number(), features: z.record(z.string(), z.number()), reasons })),
  ranker: rankerInfo,
  warnings,
});
const period = z.object({ start: z.string().optional(), end: z.string().optional() });
export const networkRecommendationListOut = z.object({
  items: z.array(z.object({
    projectId: z.string(), name: z.string(),
    timing: z.enum(["running", "past"]).optional().meta({ description: "running now or to come; past: a network to learn from" }),
    status: z.string().optional(), period: period.optional(),
    score: z.number(), features: z.record(z.string(), z.number()), reasons,
  })),
  ranker: rankerInfo,
  warnings,
});

/** Introductions between organisations: how many. */
export const contactQuerySchema = z.strictObject({ limit: recommendationLimit });

/** `diagonal recommend contacts`: the query, and whether to fit the contacts model again before answering. */
export const contactCommandSchema = contactQuerySchema.extend({
  refit: z.boolean({ error: "refit: expected a flag without a value" }).default(false).describe("fit the contacts model again (and store it) even when one is stored"),
});

/**
 * Relative change of the graph's dated networks or participations since the stored contacts model
 * was fitted that makes it be fitted again (analysis/recommend/contact-refit.ts); below it, the
 * stored model keeps answering.
 */
export const CONTACT_REFIT_CHANGE = 0.05;

/** The `reason` of an answer ranked by the hand-weighted score because no model of the graph is stored yet (one is being fitted). */
export const CONTACT_MODEL_BEING_FITTED = "the model of this graph is being fitted";

export const contactRecommendationListOut = z.object({
  partnerId: z.string().meta({ description: "the organisation asked about (an id merged away on import is answered for the partner it was merged into)" }),
  items: z.array(z.object({
    partnerId: z.string(), name: z.string(), kind: z.string(), score: z.number(),
    commonPartners: z.array(z.string()).meta({ description: "organisations both worked with, strongest link first" }),
    sharedThemes: z.array(z.string()),
    reasons,
  })),
  model: z.object({
    source: z.enum(["learned", "hand"]).meta({ description: "learned: the variant chosen on this graph's own history; hand: the hand-weighted score (a graph too small to choose on)" }),
    variant: z.string().meta({ description: "how a common partner is weighted (commonNeighbours, adamicAdar, resourceAllocation), +walk when fused with the random walk; hand for the hand-weighted score" }),
    reason: z.string().optional().meta({ description: `why the hand-weighted score ranks: too little history, or "${CONTACT_MODEL_BEING_FITTED}" (no model of the graph stored yet; the answer comes at once and later answers use the model once fitted)` }),
    innerCutoff: z.string().optional().meta({ description: "where the history was split to choose the variant" }),
    queries: z.number().optional().meta({ description: "organisations the choice was measured on" }),
    fittedAt: z.string().optional().meta({ description: `when the stored model was fitted (it is fitted again, in the background, when the graph's dated networks or participations change by ${CONTACT_REFIT_CHANGE * 100} % or more); absent while none is stored` }),
  }).meta({ description: "the model that ranked the introductions" }),
});
