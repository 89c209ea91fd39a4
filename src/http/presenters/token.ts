// An API token as the API shows it: never its hash; the secret only in the creation answer.
import type { ApiToken } from "../../services/tokens.ts";
import { only } from "./fields.ts";

export const presentToken = (t: ApiToken) => only(t, ["id", "name", "role", "createdAt", "revokedAt"]);

export const presentNewToken = (t: ApiToken, secret: string) => ({ ...presentToken(t), token: secret });
