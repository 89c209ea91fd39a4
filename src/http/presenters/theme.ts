// A theme as the API shows it, with the projects and outcomes on it. Fields are picked through the
// response schema.
import type { Theme } from "../../schemas/index.ts";
import { ThemeDetailOut, ThemeOut } from "../../schemas/responses.ts";
import type { ThemeDetail } from "../../services/entities/themes.ts";
import { pick } from "./fields.ts";

const { projects, outcomes } = ThemeDetailOut.shape;

export const presentTheme = (t: Theme) => pick(ThemeOut, t);

export function presentThemeDetail(d: ThemeDetail) {
  return {
    ...presentTheme(d.theme),
    projects: d.projects.map((p) => pick(projects.element, p)),
    outcomes: d.outcomes.map((o) => pick(outcomes.element, o)),
  };
}
