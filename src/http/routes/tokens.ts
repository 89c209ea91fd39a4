// /api/v1/tokens: API token management, for admins only, with a strict rate limit.
import { createToken, listTokens, revokeToken } from "../../services/tokens.ts";
import { presentNewToken, presentToken } from "../presenters/token.ts";
import { NewTokenOut, TokenListOut, TokenOut } from "../../schemas/responses.ts";
import { z } from "zod";
import { audit } from "../audit.ts";
import { defineRoute } from "../route.ts";
import { tokenInputSchema } from "../../schemas/index.ts";

const tag = "tokens";
const tokenIdParams = z.object({ id: z.uuid({ error: "expected a token id (UUID)" }) });

export const tokenRoutes = [
  defineRoute({
    operationId: "listTokens", method: "get", path: "/api/v1/tokens", role: "admin", tag, rateLimit: "token",
    summary: "List API tokens (never their secrets)",
    response: TokenListOut,
    handle: async (_input, { db }) => ({ items: (await listTokens(db)).map(presentToken) }),
  }),
  defineRoute({
    operationId: "createToken", method: "post", path: "/api/v1/tokens", role: "admin", tag, rateLimit: "token", status: 201,
    summary: "Create an API token; the secret is in this answer only",
    body: tokenInputSchema.strict(),
    response: NewTokenOut,
    handle: async ({ body }, { db, req }) => {
      const { token, secret } = await createToken(db, body);
      audit(req, "token.create", { tokenId: token.id, name: token.name, role: token.role });
      return presentNewToken(token, secret);
    },
  }),
  defineRoute({
    operationId: "revokeToken", method: "delete", path: "/api/v1/tokens/{id}", role: "admin", tag, rateLimit: "token",
    summary: "Revoke an API token (effective at once)",
    params: tokenIdParams,
    response: TokenOut,
    handle: async ({ params }, { db, services, req }) => {
      const token = await revokeToken(db, params.id);
      audit(req, "token.revoke", { tokenId: token.id, name: token.name });
      services.tokenCache.clear();
      return presentToken(token);
    },
  }),
];
