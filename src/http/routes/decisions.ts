// /api/v1/decisions: the coordinator's decisions on suggested pairs — listed with both networks'
// names and filters, one pair's full history, deciding a pair again and undoing its latest
// decision. Every step sends the version its sender saw (body `version` or If-Match); a stale one
// is answered 409 decision-changed with the current state, and nothing is written. Reading needs
// analyst, deciding coordinator.
import type { Request } from "express";
import { z } from "zod";
import { parseInput } from "../../errors.ts";
import { decisionFilterSchema, ifMatchVersionSchema, pairKeySchema, redecisionInputSchema, undoDecisionInputSchema } from "../../schemas/index.ts";
import { findDecisions, getDecision, redecidePair, undoDecision } from "../../services/analysis/index.ts";
import { audit } from "../audit.ts";
import { presentDecision } from "../presenters/analysis.ts";
import { DecisionListOut, DecisionOut } from "../../schemas/responses-analysis.ts";
import { defineRoute } from "../route.ts";

const tag = "suggestions";
const pairParams = z.object({ pairKey: pairKeySchema });
const redecideBody = redecisionInputSchema.omit({ pairKey: true }).strict();
const undoBody = undoDecisionInputSchema.omit({ pairKey: true }).strict();
const versionNote = "Send the version you saw (`version` in the body, or an If-Match header): if the pair was decided since, the answer is 409 decision-changed naming its current state, and nothing is written.";

/** The version the caller saw: the body's, else the If-Match header's, else none (the step applies to whatever is current). */
export function expectedVersion(body: { version?: number | undefined }, req: Request): number | undefined {
  if (body.version !== undefined) return body.version;
  const header = req.headers["if-match"];
  return header === undefined ? undefined : parseInput(ifMatchVersionSchema, header, "input", "If-Match header");
}

export const decisionRoutes = [
  defineRoute({
    operationId: "listDecisions", method: "get", path: "/api/v1/decisions", role: "analyst", tag,
    summary: "Decisions on suggested pairs, newest first, with both networks' names and each pair's history; filtered by status, network, who or period",
    query: decisionFilterSchema,
    response: DecisionListOut,
    handle: async ({ query }, { db }) => {
      const page = await findDecisions(db, query);
      return { ...page, items: page.items.map(presentDecision) };
    },
  }),
  defineRoute({
    operationId: "getDecision", method: "get", path: "/api/v1/decisions/{pairKey}", role: "analyst", tag,
    summary: "One pair's decision with its full history (every decision and undo: who, when, the note)",
    params: pairParams,
    response: DecisionOut,
    handle: async ({ params }, { db }) => presentDecision(await getDecision(db, params.pairKey)),
  }),
  defineRoute({
    operationId: "redecidePair", method: "post", path: "/api/v1/decisions/{pairKey}", role: "coordinator", tag, rateLimit: "write",
    summary: "Decide a decided pair again: accept (the collaboration is made) or reject (the collaboration accepting made is removed)",
    description: `The same rules as deciding a suggestion; the step is appended to the pair's history. ${versionNote}`,
    params: pairParams,
    body: redecideBody,
    response: DecisionOut,
    errors: ["decision-changed", "conflict"],
    handle: async ({ params, body }, { db, req }) => {
      const d = await redecidePair(db, params.pairKey, body.decision, body.note, { by: req.caller?.tokenName, expectedVersion: expectedVersion(body, req) });
      audit(req, "decision", { pairKey: d.pairKey, a: d.a, b: d.b, decision: d.decision, version: d.version });
      return presentDecision(d);
    },
  }),
  defineRoute({
    operationId: "undoDecision", method: "post", path: "/api/v1/decisions/{pairKey}/undo", role: "coordinator", tag, rateLimit: "write",
    summary: "Undo the latest decision on a pair: back to the state before it, with its collaboration",
    description: `Undoing an acceptance removes the collaboration it made; undoing a rejection of an accepted pair makes the collaboration again; undoing a pair's first decision opens it again (it is suggested again). Undoing again goes one decision further back; nothing left to undo is 409 conflict. The undo is appended to the history. ${versionNote}`,
    params: pairParams,
    body: undoBody,
    response: DecisionOut,
    errors: ["decision-changed", "conflict"],
    handle: async ({ params, body }, { db, req }) => {
      const d = await undoDecision(db, params.pairKey, { by: req.caller?.tokenName, note: body.note, expectedVersion: expectedVersion(body, req) });
      audit(req, "decision", { pairKey: d.pairKey, a: d.a, b: d.b, step: "undo", decision: d.decision, version: d.version });
      return presentDecision(d);
    },
  }),
];
