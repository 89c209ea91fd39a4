// A theme as the API shows it, with the projects and outcomes on it.
import { themeSchema, type Theme } from "../../schemas/index.ts";
import type { ThemeDetail } from "../../services/entities/themes.ts";
import { only } from "./fields.ts";

const FIELDS = Object.keys(themeSchema.shape);

export const presentTheme = (t: Theme) => only(t, FIELDS);

export function presentThemeDetail(d: ThemeDetail) {
  return {
    ...presentTheme(d.theme),
    projects: d.projects.map((p) => only(p, ["id", "name", "status", "weight"])),
    outcomes: d.outcomes.map((o) => only(o, ["id", "title", "kind", "date"])),
  };
}
