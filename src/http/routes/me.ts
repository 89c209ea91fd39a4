// /api/v1/me: the caller's role and the operations it may call, derived from every route's declared
// role (auth.ts allowedOperations). Open to every role: without a token the answer is the public
// role's; an unknown token is refused (401) before this route, as everywhere.
import { callerSchema } from "../../schemas/caller.ts";
import { allowedOperations } from "../auth.ts";
import type { AnyRoute } from "../route.ts";
import { defineRoute } from "../route.ts";

/** `routes` is read when asked: the list of every route includes this one. */
export const meRoutes = (routes: () => readonly AnyRoute[]) => [
  defineRoute({
    operationId: "getMe", method: "get", path: "/api/v1/me", role: "public", tag: "tokens",
    summary: "The caller's role and the operations it may call",
    description: "A client asks this instead of trying operations its role is refused: `operations` lists the operationIds the role may call (each route's `x-role`).",
    response: callerSchema,
    handle: async (_input, { req, role }) => ({
      role,
      ...(req.caller?.tokenName ? { name: req.caller.tokenName } : {}),
      operations: allowedOperations(role, routes()),
    }),
  }),
];
