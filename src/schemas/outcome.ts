// A result of a learning network (report, tool, training, …), about one or more themes.
import { z } from "zod";
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
