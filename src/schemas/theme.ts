// A theme of the call (talent development, transparency, …). Themes are data, not code.
import { z } from "zod";
import { filterText, pageQuerySchema } from "./page.ts";
import { id, optionalText, requiredText } from "./fields.ts";

export const themeSchema = z.object({
  id,
  nameNl: requiredText(200),
  nameEn: requiredText(200),
  description: optionalText(),
});
export type Theme = z.output<typeof themeSchema>;

/** The filters and sort orders of the theme list (HTTP query, CLI flags). */
export const THEME_SORTS = ["nameEn", "nameNl", "id"] as const;

export const themeFilterSchema = pageQuerySchema.extend({
  sort: z.enum(THEME_SORTS, { error: `expected one of: ${THEME_SORTS.join(", ")}` }).default("nameEn"),
  q: filterText,
});
export type ThemeFilter = z.output<typeof themeFilterSchema>;
