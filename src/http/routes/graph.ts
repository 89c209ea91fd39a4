// /api/v1/graph: views for visualisation, as graphology serialisations. Public (planned projects
// hidden from the public role). Every view is bounded (`limit`, `kinds`, `depth` for a project)
// and says in its graph attributes how many nodes there were and whether it was cut. Anonymous
// callers have a per-address budget of views (RATE_LIMIT_VIEW_MAX): a full-size view costs seconds.
import { networkView, projectNeighbourhoodView, themeView } from "../../services/graph-views.ts";
import { GraphOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";
import { GRAPH_LIMITS, networkViewQuerySchema, projectViewQuerySchema, themeViewQuerySchema } from "../../schemas/index.ts";
import { presentGraph } from "../presenters/graph.ts";

const tag = "graph";
const bounded = "The graph's attributes say what was asked and how much there was: view, kinds, limit, totalNodes, totals (per type), shownNodes, shownEdges and truncated (true when nodes were left out). Ties are broken by type and id, so the same data gives the same view.";

export const graphRoutes = [
  defineRoute({
    operationId: "projectGraph", method: "get", cache: true, path: "/api/v1/graph/projects/{id}", role: "public", tag, rateLimit: "view",
    summary: "A project's neighbourhood: its themes, partners, outcomes and collaborating projects (depth 1 or 2)",
    description: `The project is always shown; the other nodes are ranked nearer first, then by links to the project's direct neighbours, then by degree. At most ${GRAPH_LIMITS.project.max} nodes (default ${GRAPH_LIMITS.project.default}). ${bounded}`,
    params: idParams,
    query: projectViewQuerySchema,
    response: GraphOut,
    handle: async ({ params, query }, { db, visibility }) => presentGraph(await projectNeighbourhoodView(db, params.id, visibility, query)),
  }),
  defineRoute({
    operationId: "themeGraph", method: "get", cache: true, path: "/api/v1/graph/themes/{id}", role: "public", tag, rateLimit: "view",
    summary: "A theme with the projects that address it and the outcomes about it",
    description: `The theme is always shown; projects and outcomes are ranked by the weight of their link to the theme, then by degree. At most ${GRAPH_LIMITS.theme.max} nodes (default ${GRAPH_LIMITS.theme.default}). ${bounded}`,
    params: idParams,
    query: themeViewQuerySchema,
    response: GraphOut,
    handle: async ({ params, query }, { db, visibility }) => presentGraph(await themeView(db, params.id, visibility, query)),
  }),
  defineRoute({
    operationId: "networkGraph", method: "get", cache: true, path: "/api/v1/graph/network", role: "public", tag, rateLimit: "view",
    summary: "The whole network's best connected nodes: projects and themes by default, partners and outcomes when asked",
    description: `Nodes are ranked by degree. At most ${GRAPH_LIMITS.network.max} nodes (default ${GRAPH_LIMITS.network.default}). ${bounded}`,
    query: networkViewQuerySchema,
    response: GraphOut,
    handle: async ({ query }, { db, visibility }) => presentGraph(await networkView(db, visibility, query)),
  }),
];
