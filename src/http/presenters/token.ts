// An API token as the API shows it: never its hash; the secret only in the creation answer.
import type { z } from "zod";
import type { ApiToken } from "../../services/tokens.ts";
import type { TokenOut } from "../../schemas/responses.ts";

/** A revoked token carries revokedAt; an active one has none (never null). */
export const presentToken = (t: ApiToken): z.output<typeof TokenOut> => ({
  id: t.id, name: t.name, role: t.role, createdAt: t.createdAt, ...(t.revokedAt ? { revokedAt: t.revokedAt } : {}),
});

export const presentNewToken = (t: ApiToken, secret: string) => ({ ...presentToken(t), token: secret });
