// /api/v1/opportunities and /api/v1/communities: what the latest (or a named) run found besides
// pairs — brokers, theme gaps, isolated networks, reusable outcomes, partner recommendations — and
// its communities. Analysts and above.
import { z } from "zod";
import { id } from "../../schemas/fields.ts";
import { getCommunities, getOpportunities, withSubjectNames } from "../../services/analysis/index.ts";
import { presentOpportunity } from "../presenters/analysis.ts";
import { CommunitiesOut, OpportunityListOut } from "../../schemas/responses-analysis.ts";
import { defineRoute } from "../route.ts";
import { opportunityQuerySchema } from "../../schemas/index.ts";

export const opportunityRoutes = [
  defineRoute({
    operationId: "listOpportunities", method: "get", cache: true, path: "/api/v1/opportunities", role: "analyst", tag: "opportunities", errors: ["not-found"],
    summary: "Opportunities of a run, best first, optionally of one kind; each subject with its name",
    query: opportunityQuerySchema,
    response: OpportunityListOut,
    handle: async ({ query }, { db }) => ({ items: (await withSubjectNames(db, await getOpportunities(db, query))).map(presentOpportunity) }),
  }),
  defineRoute({
    operationId: "listCommunities", method: "get", cache: true, path: "/api/v1/communities", role: "analyst", tag: "opportunities", errors: ["not-found"],
    summary: "Communities of a run (Louvain), with their projects",
    query: z.object({ runId: id.optional() }),
    response: CommunitiesOut,
    handle: async ({ query }, { db }) => ({ items: await getCommunities(db, query.runId) }),
  }),
];
