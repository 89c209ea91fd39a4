// Themes of the call: list, read with the projects and outcomes on them, create, update, delete.
import { writeQuery } from "../../db/index.ts";
import { themeSchema, type Theme, type ThemeFilter } from "../../schemas/index.ts";
import { NotFoundError } from "../../errors.ts";
import { creating, entityCrud, orNull, storedProps, type Db } from "./store.ts";
import { dataChanged } from "../data-version.ts";
import type { ThemeDetailJson } from "../../schemas/responses.ts";


export interface ThemeDetail {
  theme: Theme;
  projects: ThemeDetailJson["projects"];
  outcomes: ThemeDetailJson["outcomes"];
}

const crud = entityCrud<Theme, ThemeDetail, ThemeFilter>("theme", themeSchema, ({ q }) => orNull({ q }));

export const listThemes = crud.list;
export const getTheme = crud.get;
export const deleteTheme = crud.remove;

export async function createTheme(db: Db, theme: Theme): Promise<Theme> {
  return creating("theme", theme.id, async () => {
    const [row] = await writeQuery<{ theme: Theme }>(db.driver, "entities/theme-create", { props: storedProps(theme) }, db.database);
    await dataChanged(db, "entity");
    return row!.theme;
  });
}

export async function updateTheme(db: Db, themeId: string, change: Record<string, unknown>): Promise<Theme> {
  const merged = await crud.merged(db, themeId, change);
  const [row] = await writeQuery<{ theme: Theme }>(db.driver, "entities/theme-update", { id: themeId, props: storedProps(merged) }, db.database);
  if (!row) throw new NotFoundError("theme", themeId);
  await dataChanged(db, "entity");
  return row.theme;
}
