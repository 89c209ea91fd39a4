// A learning network: one approved project of the theme call.
import { z } from "zod";
import { filterText, pageQuerySchema } from "./page.ts";
import { firstDay, lastDay } from "./partial-date.ts";
import { enumOf, id, isoDate, optionalDate, optionalText, optionalUrl, requiredText } from "./fields.ts";
import { expectedText } from "./import-problem-messages.ts";

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
  .refine((p) => !p.end || lastDay(p.end) >= firstDay(p.start), {
    path: ["end"],
    message: expectedText("import.end-after-start"),
    // Compared whenever both dates are valid, also when other fields of the row have problems
    // (so every problem of a row shows at once); a bad start or end date is one problem, not two.
    when: (payload) => typeof payload.value === "object" && payload.value !== null && !payload.issues.some((i) => i.path?.[0] === "start" || i.path?.[0] === "end"),
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
