// A result of a learning network (report, tool, training, …), about one or more themes.
import { z } from "zod";
import { filterText, pageQuerySchema } from "./page.ts";
import { enumOf, id, idList, optionalDate, optionalText, optionalUrl, requiredText } from "./fields.ts";

export const OUTCOME_KINDS = ["report", "tool", "training", "event", "policy-recommendation", "case-study", "other"] as const;

export const outcomeSchema = z.object({
  id,
  project: id,
  title: requiredText(500),
  kind: enumOf(OUTCOME_KINDS, "other"),
  date: optionalDate,
  url: optionalUrl,
  summary: optionalText(20_000),
  themes: idList,
});
export type Outcome = z.output<typeof outcomeSchema>;

/** The filters and sort orders of the outcome list (HTTP query, CLI flags). */
export const OUTCOME_SORTS = ["title", "date", "kind", "id"] as const;

export const outcomeFilterSchema = pageQuerySchema.extend({
  sort: z.enum(OUTCOME_SORTS, { error: `expected one of: ${OUTCOME_SORTS.join(", ")}` }).default("title"),
  q: filterText,
  kind: z.enum(OUTCOME_KINDS, { error: `expected one of: ${OUTCOME_KINDS.join(", ")}` }).optional(),
  project: id.optional(),
  theme: id.optional(),
});
export type OutcomeFilter = z.output<typeof outcomeFilterSchema>;
