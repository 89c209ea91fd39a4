// A theme of the call (talent development, transparency, …). Themes are data, not code.
import { z } from "zod";
import { id, optionalText, requiredText } from "./fields.ts";

export const themeSchema = z.object({
  id,
  nameNl: requiredText(200),
  nameEn: requiredText(200),
  description: optionalText(),
});
export type Theme = z.output<typeof themeSchema>;
