// A learning network: one approved project of the theme call.
import { z } from "zod";
import { filterText, pageQuerySchema } from "./page.ts";
import { enumOf, id, isoDate, optionalDate, optionalText, optionalUrl, requiredText } from "./fields.ts";

export const PROJECT_STATUSES = ["planned", "active", "completed", "stopped"] as const;

export const projectSchema = z
  .object({
    id,
    name: requiredText(300),
    description: optionalText(20_000),
    start: isoDate,
    end: optionalDate,
    status: enumOf(PROJECT_STATUSES, "active"),
    region: optionalText(200),
    website: optionalUrl,
  })
  .refine((p) => !p.end || p.end >= p.start, {
    path: ["end"],
    message: "expected an end date on or after the start date",
    // Compare the dates only once both are valid: a bad start date is one problem, not two.
    when: (payload) => payload.issues.length === 0,
  });
export type Project = z.output<typeof projectSchema>;

/** The filters and sort orders of the project list (HTTP query, CLI flags). */
export const PROJECT_SORTS = ["name", "start", "end", "status", "id"] as const;

export const projectFilterSchema = pageQuerySchema.extend({
  sort: z.enum(PROJECT_SORTS, { error: `expected one of: ${PROJECT_SORTS.join(", ")}` }).default("name"),
  q: filterText,
  status: z.enum(PROJECT_STATUSES, { error: `expected one of: ${PROJECT_STATUSES.join(", ")}` }).optional(),
  theme: id.optional(),
  partner: id.optional(),
  region: filterText,
});
export type ProjectFilter = z.output<typeof projectFilterSchema>;
