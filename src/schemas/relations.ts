// The relationships that import rows carry: a network addressing a theme, a partner taking part
// in a network, and a confirmed collaboration between two networks.
import { z } from "zod";
import { enumOf, id, numberIn, optionalDate, optionalText } from "./fields.ts";
import { expectedText } from "./import-problem-messages.ts";

export const PARTICIPATION_ROLES = ["promoter", "partner", "expert", "observer"] as const;

export const projectThemeSchema = z.object({
  project: id,
  theme: id,
  /** How central the theme is to the network, 0 < weight ≤ 1 (default 1). */
  weight: numberIn(0.01, 1, 1),
});
export type ProjectTheme = z.output<typeof projectThemeSchema>;

export const participationSchema = z.object({
  partner: id,
  project: id,
  role: enumOf(PARTICIPATION_ROLES, "partner"),
});
export type Participation = z.output<typeof participationSchema>;

export const collaborationSchema = z
  .object({
    from: id,
    to: id,
    since: optionalDate,
    source: optionalText(200),
  })
  .refine((c) => c.from !== c.to, { path: ["to"], message: expectedText("import.two-projects"), when: (payload) => typeof payload.value === "object" && payload.value !== null && !payload.issues.some((i) => i.path?.[0] === "from" || i.path?.[0] === "to") });
export type Collaboration = z.output<typeof collaborationSchema>;
