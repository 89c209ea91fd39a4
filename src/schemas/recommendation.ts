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

const themeRef = z.union([
  id.transform((t) => ({ id: t, weight: 1 })),
  z.strictObject({ id, weight: numberIn(0.01, 1, 1) }),
], { error: "themes: expected theme ids, or objects { id, weight } with 0 < weight ≤ 1" });

/** A network that is not in the graph yet. */
export const newNetworkSchema = z.strictObject({
  name: plainString(false, { error: "name: expected text" }).trim().max(300, "name: expected at most 300 characters").optional(),
  description: z.preprocess(unifyLineEnds, plainString(true, { error: "description: expected text" }).trim().max(20_000, "description: expected at most 20,000 characters").default("")),
  themes: z.array(themeRef, { error: "themes: expected a list of theme ids" }).max(50, "themes: expected at most 50 themes").default([]),
  lead: id.optional().describe("the lead (promoter) partner's id"),
  limit: recommendationLimit,
}).refine((n) => n.themes.length > 0 || n.description.length > 0 || n.lead !== undefined, {
  error: "a new network needs at least one of themes, description or lead",
}).meta({
  // The refinement above, stated for clients: at least one of a theme, a description with text, a lead.
  anyOf: [
    { required: ["themes"], properties: { themes: { minItems: 1 } } },
    { required: ["description"], properties: { description: { pattern: "\\S" } } },
    { required: ["lead"] },
  ],
  example: { name: "Talent in de zorg", description: "Zorgorganisaties bouwen samen een competentiebeleid uit.", themes: ["talent-development", { id: "learning-organisation", weight: 0.5 }], limit: 5 },
});
export type NewNetworkInput = z.output<typeof newNetworkSchema>;

export const projectRecommendationQuerySchema = z.strictObject({ limit: recommendationLimit });

const reasons = z.object({ nl: z.array(z.string()), en: z.array(z.string()) });
/** Where a ranker's weights come from (learned on the graph's history, or the defaults and why) and the weights. */
export const rankerInfo = z.object({
  source: z.enum(["learned", "default"]),
  reason: z.string().optional(),
  weights: z.record(z.string(), z.number()).meta({ description: "Weight per feature, in standard deviations of log(1 + feature)" }),
});

export const partnerRecommendationListOut = z.object({
  items: z.array(z.object({ partnerId: z.string(), name: z.string(), kind: z.string(), score: z.number(), features: z.record(z.string(), z.number()), reasons })),
  ranker: rankerInfo,
});
export const networkRecommendationListOut = z.object({
  items: z.array(z.object({ projectId: z.string(), name: z.string(), score: z.number(), features: z.record(z.string(), z.number()), reasons })),
  ranker: rankerInfo,
});
