// /api/v1/suggestions: explained collaboration suggestions of the latest (or a named) run, for
// one project or the global top, filtered by theme, community or diagonal-only; and decisions on
// them (accepting creates the collaboration). Reading needs analyst, deciding coordinator.
import { z } from "zod";
import { countSuggestions, decideSuggestion, decisionsOfPairs, getSuggestions, type StoredSuggestion } from "../../services/analysis/index.ts";
import type { Db } from "../../services/entities/store.ts";
import { audit } from "../audit.ts";
import { presentDecision, presentSuggestionWithHistory } from "../presenters/analysis.ts";
import { DecisionOut, SuggestionListOut } from "../../schemas/responses-analysis.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";
import { decisionInputSchema, suggestionQuerySchema } from "../../schemas/index.ts";
import { expectedVersion } from "./decisions.ts";

const tag = "suggestions";
const suggestionIdParams = z.object({ id: decisionInputSchema.shape.suggestionId });
const decisionBody = decisionInputSchema.omit({ suggestionId: true }).strict();
const projectSuggestionQuery = suggestionQuerySchema.omit({ project: true });

/** Suggestions with the earlier decision on their pair, if any (one lookup for the page). */
async function withHistory(db: Db, list: StoredSuggestion[]) {
  const earlier = await decisionsOfPairs(db, list.map((s) => s.pairKey));
  return list.map((s) => presentSuggestionWithHistory(s, earlier));
}

export const suggestionRoutes = [
  defineRoute({
    operationId: "listSuggestions", method: "get", cache: true, path: "/api/v1/suggestions", role: "analyst", tag, errors: ["not-found"],
    summary: "Suggested collaborations, best first: the global top or one project's, filtered",
    query: suggestionQuerySchema,
    response: SuggestionListOut,
    handle: async ({ query }, { db }) => {
      const [list, total] = await Promise.all([getSuggestions(db, query), countSuggestions(db, query)]);
      return { items: await withHistory(db, list), total, limit: query.limit, offset: query.offset };
    },
  }),
  defineRoute({
    operationId: "listProjectSuggestions", method: "get", cache: true, path: "/api/v1/projects/{id}/suggestions", role: "analyst", tag,
    summary: "Suggested collaborations for one project, best first",
    params: idParams,
    query: projectSuggestionQuery,
    response: SuggestionListOut,
    handle: async ({ params, query }, { db }) => {
      const q = { ...query, project: params.id };
      const [list, total] = await Promise.all([getSuggestions(db, q), countSuggestions(db, q)]);
      return { items: await withHistory(db, list), total, limit: query.limit, offset: query.offset };
    },
  }),
  defineRoute({
    operationId: "decideSuggestion", method: "post", path: "/api/v1/suggestions/{id}/decision", role: "coordinator", tag, rateLimit: "write",
    summary: "Accept (creates the collaboration) or reject (excluded from later runs while the pair is unchanged) a suggestion, with a note",
    description: "Each decision is appended to the pair's history with who took it (the token's name) and when. Rejecting a pair that was accepted removes the collaboration that accepting created; a collaboration that came from imported data stays. Decisions on one pair are taken one after the other, each with its collaboration change in one transaction. Send the version of the pair's decision you saw (the suggestion's `decisionVersion`, `version` in the body or an If-Match header): if the pair was decided since, the answer is 409 decision-changed naming its current state, and nothing is written.",
    params: suggestionIdParams,
    body: decisionBody,
    response: DecisionOut,
    errors: ["decision-changed"],
    handle: async ({ params, body }, { db, req }) => {
      const d = await decideSuggestion(db, params.id, body.decision, body.note, req.caller?.tokenName, expectedVersion(body, req));
      audit(req, "decision", { suggestionId: params.id, a: d.a, b: d.b, decision: d.decision, version: d.version });
      return presentDecision(d);
    },
  }),
];
