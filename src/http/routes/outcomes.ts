// /api/v1/outcomes: what the networks produced. Reads are public; writes are for coordinators.
import { entityChangeSchema, outcomeFilterSchema, outcomeSchema } from "../../schemas/index.ts";
import { createOutcome, deleteOutcome, getOutcome, listOutcomes, updateOutcome } from "../../services/entities/outcomes.ts";
import { presentOutcome, presentOutcomeDetail } from "../presenters/outcome.ts";
import { OutcomeDetailOut, OutcomeOut, OutcomePageOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams, named } from "./params.ts";

const tag = "outcomes";

export const outcomeRoutes = [
  defineRoute({
    operationId: "listOutcomes", method: "get", path: "/api/v1/outcomes", role: "public", tag,
    summary: "List outcomes, filtered and paged",
    query: outcomeFilterSchema,
    response: OutcomePageOut,
    handle: async ({ query }, { db, visibility }) => {
      const page = await listOutcomes(db, query, visibility);
      return { ...page, items: page.items.map(presentOutcome) };
    },
  }),
  defineRoute({
    operationId: "getOutcome", method: "get", path: "/api/v1/outcomes/{id}", role: "public", tag,
    summary: "One outcome with its project and themes",
    params: idParams,
    response: OutcomeDetailOut,
    handle: async ({ params }, { db, visibility }) => presentOutcomeDetail(await getOutcome(db, params.id, visibility)),
  }),
  defineRoute({
    operationId: "createOutcome", method: "post", path: "/api/v1/outcomes", role: "coordinator", tag, rateLimit: "write", status: 201,
    summary: "Create an outcome of an existing project, about existing themes",
    body: outcomeSchema.strict().meta({ example: { id: "o-kompas-2", project: "ln-talent-kmo", title: "Talentenkompas, tweede editie", kind: "tool", date: "2012-05", themes: ["talent-development"] } }),
    response: OutcomeDetailOut,
    handle: async ({ body }, { db }) => presentOutcomeDetail(await createOutcome(db, body)),
  }),
  defineRoute({
    operationId: "updateOutcome", method: "patch", path: "/api/v1/outcomes/{id}", role: "coordinator", tag, rateLimit: "write",
    summary: "Change some fields of an outcome (including its project or themes)",
    params: idParams,
    body: entityChangeSchema(outcomeSchema, "outcome", { title: "Talentenkompas voor kmo's", kind: "tool", date: "2010-11", themes: ["talent-development"] }),
    response: OutcomeDetailOut,
    handle: async ({ params, body }, { db, req }) => presentOutcomeDetail(await updateOutcome(db, params.id, named(body, req.body))),
  }),
  defineRoute({
    operationId: "deleteOutcome", method: "delete", path: "/api/v1/outcomes/{id}", role: "coordinator", tag, rateLimit: "write", status: 204,
    summary: "Delete an outcome",
    params: idParams,
    handle: async ({ params }, { db }) => deleteOutcome(db, params.id),
  }),
];
