// /api/v1/suggestions: explained collaboration suggestions of the latest (or a named) run, for
// one project or the global top, filtered by theme, community or diagonal-only; and decisions on
// them (accepting creates the collaboration). Reading needs analyst, deciding coordinator.
import { z } from "zod";
import { decideSuggestion, getSuggestions } from "../../services/analysis/index.ts";
import { presentDecision, presentSuggestion } from "../presenters/analysis.ts";
import { DecisionOut, SuggestionListOut } from "../responses-analysis.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";
import { decisionInputSchema, suggestionQuerySchema } from "../../schemas/index.ts";

const tag = "suggestions";
const suggestionIdParams = z.object({ id: decisionInputSchema.shape.suggestionId });
const decisionBody = decisionInputSchema.omit({ suggestionId: true }).strict();
const projectSuggestionQuery = suggestionQuerySchema.omit({ project: true });

export const suggestionRoutes = [
  defineRoute({
    operationId: "listSuggestions", method: "get", path: "/api/v1/suggestions", role: "analyst", tag,
    summary: "Suggested collaborations, best first: the global top or one project's, filtered",
    query: suggestionQuerySchema,
    response: SuggestionListOut,
    handle: async ({ query }, { db }) => ({ items: (await getSuggestions(db, query)).map(presentSuggestion), limit: query.limit, offset: query.offset }),
  }),
  defineRoute({
    operationId: "listProjectSuggestions", method: "get", path: "/api/v1/projects/{id}/suggestions", role: "analyst", tag,
    summary: "Suggested collaborations for one project, best first",
    params: idParams,
    query: projectSuggestionQuery,
    response: SuggestionListOut,
    handle: async ({ params, query }, { db }) => ({
      items: (await getSuggestions(db, { ...query, project: params.id })).map(presentSuggestion),
      limit: query.limit,
      offset: query.offset,
    }),
  }),
  defineRoute({
    operationId: "decideSuggestion", method: "post", path: "/api/v1/suggestions/{id}/decision", role: "coordinator", tag, rateLimit: "write",
    summary: "Accept (creates the collaboration) or reject (excluded from later runs while the pair is unchanged) a suggestion, with a note",
    params: suggestionIdParams,
    body: decisionBody,
    response: DecisionOut,
    handle: async ({ params, body }, { db }) => presentDecision(await decideSuggestion(db, params.id, body.decision, body.note)),
  }),
];
