// /api/v1/recommendations: who should join a network, and which existing networks it should learn
// from — for a new network given by its themes, description and lead (POST), or for one in the
// graph (GET under /projects/{id}). Answered in memory from the current graph's indexes; nothing is
// written; the indexes live in the recommender's own worker thread. Analysts and up: the answers
// draw on planned networks and every partner.
import { contactQuerySchema, contactRecommendationListOut, networkRecommendationListOut, newNetworkSchema, partnerRecommendationListOut, projectRecommendationQuerySchema } from "../../schemas/recommendation.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";
import { MERGED_ID_NOTE, partnerInPath } from "./partner-path.ts";

const tag = "recommendations";

export const recommendationRoutes = [
  defineRoute({
    operationId: "recommendPartnersForNewNetwork", method: "post", path: "/api/v1/recommendations/partners", role: "analyst", tag,
    summary: "Partners to invite to a new network (themes, description, lead), best first, with reasons in Dutch and English",
    body: newNetworkSchema,
    response: partnerRecommendationListOut,
    handle: async ({ body }, { services }) => services.recommendations.partnersForNewNetwork(body),
  }),
  defineRoute({
    operationId: "recommendNetworksForNewNetwork", method: "post", path: "/api/v1/recommendations/networks", role: "analyst", tag,
    summary: "Existing networks a new network could learn from, best first, with reasons in Dutch and English",
    body: newNetworkSchema,
    response: networkRecommendationListOut,
    handle: async ({ body }, { services }) => services.recommendations.networksForNewNetwork(body),
  }),
  defineRoute({
    operationId: "recommendPartnersForProject", method: "get", path: "/api/v1/projects/{id}/recommendations/partners", role: "analyst", tag,
    summary: "Partners not yet in this network that fit it, best first, with reasons",
    params: idParams,
    query: projectRecommendationQuerySchema,
    response: partnerRecommendationListOut,
    handle: async ({ params, query }, { services }) => services.recommendations.partnersForProject(params.id, query),
  }),
  defineRoute({
    operationId: "recommendNetworksForProject", method: "get", path: "/api/v1/projects/{id}/recommendations/networks", role: "analyst", tag,
    summary: "Existing networks this network could learn from, best first, with reasons",
    params: idParams,
    query: projectRecommendationQuerySchema,
    response: networkRecommendationListOut,
    handle: async ({ params, query }, { services }) => services.recommendations.networksForProject(params.id, query),
  }),
  defineRoute({
    operationId: "recommendContactsForPartner", method: "get", path: "/api/v1/partners/{id}/recommendations/partners", role: "analyst", tag,
    summary: "Organisations in other networks this one should meet, best first, with reasons in Dutch and English (common partners, shared themes, complementarity)",
    description: MERGED_ID_NOTE,
    params: idParams,
    query: contactQuerySchema,
    response: contactRecommendationListOut,
    handle: async ({ params, query }, { db, res, services }) => services.recommendations.contactsForPartner(await partnerInPath(db, params.id, res), query),
  }),
];
