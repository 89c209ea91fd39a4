// /api/v1/decisions: the history of decisions on suggestions (accepted or rejected, with the
// coordinator's note), newest first. Notes are internal: analysts and above only.
import { z } from "zod";
import { listDecisions } from "../../services/analysis-service.ts";
import { presentDecision } from "../presenters/analysis.ts";
import { DecisionOut } from "../responses-analysis.ts";
import { defineRoute } from "../route.ts";

export const decisionRoutes = [
  defineRoute({
    operationId: "listDecisions", method: "get", path: "/api/v1/decisions", role: "analyst", tag: "suggestions",
    summary: "Decisions taken on suggestions, newest first, with their notes",
    response: z.object({ items: z.array(DecisionOut) }),
    handle: async (_input, { db }) => ({
      items: (await listDecisions(db)).sort((x, y) => (x.decidedAt < y.decidedAt ? 1 : x.decidedAt > y.decidedAt ? -1 : 0)).map(presentDecision),
    }),
  }),
];
