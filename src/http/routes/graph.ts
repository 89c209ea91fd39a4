// /api/v1/graph: views for visualisation, as graphology serialisations. Public (planned projects
// hidden from the public role).
import { networkView, projectNeighbourhoodView, themeView } from "../../services/graph-views.ts";
import { GraphOut } from "../responses.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";

const tag = "graph";

export const graphRoutes = [
  defineRoute({
    operationId: "projectGraph", method: "get", path: "/api/v1/graph/projects/{id}", role: "public", tag,
    summary: "A project's neighbourhood: its themes, partners, outcomes and collaborating projects",
    params: idParams,
    response: GraphOut,
    handle: async ({ params }, { db, visibility }) => projectNeighbourhoodView(db, params.id, visibility),
  }),
  defineRoute({
    operationId: "themeGraph", method: "get", path: "/api/v1/graph/themes/{id}", role: "public", tag,
    summary: "A theme with the projects that address it and the outcomes about it",
    params: idParams,
    response: GraphOut,
    handle: async ({ params }, { db, visibility }) => themeView(db, params.id, visibility),
  }),
  defineRoute({
    operationId: "networkGraph", method: "get", path: "/api/v1/graph/network", role: "public", tag,
    summary: "The whole network: every project, theme, partner and outcome",
    response: GraphOut,
    handle: async (_input, { db, visibility }) => networkView(db, visibility),
  }),
];
