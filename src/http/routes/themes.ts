// /api/v1/themes: the themes of the call. Reads are public; writes are for coordinators.
import { entityChangeSchema, themeFilterSchema, themeSchema } from "../../schemas/index.ts";
import { createTheme, deleteTheme, getTheme, listThemes, updateTheme } from "../../services/entities/themes.ts";
import { presentTheme, presentThemeDetail } from "../presenters/theme.ts";
import { ThemeDetailOut, ThemeOut, ThemePageOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams, named } from "./params.ts";

const tag = "themes";

export const themeRoutes = [
  defineRoute({
    operationId: "listThemes", method: "get", path: "/api/v1/themes", role: "public", tag,
    summary: "List themes, filtered and paged",
    query: themeFilterSchema,
    response: ThemePageOut,
    handle: async ({ query }, { db }) => {
      const page = await listThemes(db, query);
      return { ...page, items: page.items.map(presentTheme) };
    },
  }),
  defineRoute({
    operationId: "getTheme", method: "get", path: "/api/v1/themes/{id}", role: "public", tag,
    summary: "One theme with the projects that address it and the outcomes about it",
    params: idParams,
    response: ThemeDetailOut,
    handle: async ({ params }, { db, visibility }) => presentThemeDetail(await getTheme(db, params.id, visibility)),
  }),
  defineRoute({
    operationId: "createTheme", method: "post", path: "/api/v1/themes", role: "coordinator", tag, rateLimit: "write", status: 201,
    summary: "Create a theme",
    body: themeSchema.strict(),
    response: ThemeOut,
    handle: async ({ body }, { db }) => presentTheme(await createTheme(db, body)),
  }),
  defineRoute({
    operationId: "updateTheme", method: "patch", path: "/api/v1/themes/{id}", role: "coordinator", tag, rateLimit: "write",
    summary: "Change some fields of a theme",
    params: idParams,
    body: entityChangeSchema(themeSchema, "theme", { nameEn: "Talent development", description: "Learning networks on the talents of every employee" }),
    response: ThemeOut,
    handle: async ({ params, body }, { db, req }) => presentTheme(await updateTheme(db, params.id, named(body, req.body))),
  }),
  defineRoute({
    operationId: "deleteTheme", method: "delete", path: "/api/v1/themes/{id}", role: "coordinator", tag, rateLimit: "write", status: 204,
    summary: "Delete a theme",
    params: idParams,
    handle: async ({ params }, { db }) => deleteTheme(db, params.id),
  }),
];
