// Themes of the call: list, read with the projects and outcomes on them, create, update, delete.
import { z } from "zod";
import { readQuery, writeQuery } from "../db/index.ts";
import { themeSchema, type Theme } from "../schemas/index.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { creating, filterText, hiddenStatuses, pageParams, pageQuerySchema, storedProps, type Db, type Page, type Visibility } from "./entity-store.ts";
import { pick } from "./projects.ts";

export const THEME_SORTS = ["nameEn", "nameNl", "id"] as const;

export const themeFilterSchema = pageQuerySchema.extend({
  sort: z.enum(THEME_SORTS, { error: `expected one of: ${THEME_SORTS.join(", ")}` }).default("nameEn"),
  q: filterText,
});
export type ThemeFilter = z.output<typeof themeFilterSchema>;

export interface ThemeDetail {
  theme: Theme;
  projects: { id: string; name: string; status: string; weight: number }[];
  outcomes: { id: string; title: string; kind: string; date?: string }[];
}

const THEME_FIELDS = Object.keys(themeSchema.shape);

export async function listThemes(db: Db, filter: ThemeFilter): Promise<Page<Theme>> {
  const [row] = await readQuery<{ total: number; items: Theme[] }>(db.driver, "entities/theme-list", { ...pageParams(filter, filter.sort), q: filter.q ?? null }, db.database);
  return { items: row?.items ?? [], total: row?.total ?? 0, limit: filter.limit, offset: filter.offset };
}

export async function getTheme(db: Db, themeId: string, visibility: Visibility = "all"): Promise<ThemeDetail> {
  const [row] = await readQuery<ThemeDetail>(db.driver, "entities/theme-get", { id: themeId, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("theme", themeId);
  return row;
}

export async function createTheme(db: Db, theme: Theme): Promise<Theme> {
  return creating("theme", theme.id, async () => {
    const [row] = await writeQuery<{ theme: Theme }>(db.driver, "entities/theme-create", { props: storedProps(theme) }, db.database);
    return row!.theme;
  });
}

export async function updateTheme(db: Db, themeId: string, change: Record<string, unknown>): Promise<Theme> {
  if (change.id !== undefined && change.id !== themeId) throw new ValidationError("expected the id not to change", "id", change.id);
  const { theme } = await getTheme(db, themeId);
  const merged = themeSchema.parse({ ...pick(theme, THEME_FIELDS), ...change, id: themeId });
  const [row] = await writeQuery<{ theme: Theme }>(db.driver, "entities/theme-update", { id: themeId, props: storedProps(merged) }, db.database);
  if (!row) throw new NotFoundError("theme", themeId);
  return row.theme;
}

export async function deleteTheme(db: Db, themeId: string): Promise<void> {
  const [row] = await writeQuery<{ deleted: number }>(db.driver, "entities/theme-delete", { id: themeId }, db.database);
  if (!row?.deleted) throw new NotFoundError("theme", themeId);
}
