// API tokens: bearer secrets with a role. The secret is shown once at creation; Neo4j keeps only
// its sha256, so a leaked database does not leak usable tokens.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readQuery, writeQuery, type Database } from "../db/index.ts";
import { NotFoundError } from "../errors.ts";
import { ROLES, tokenInputSchema, type Role, type TokenInput } from "../schemas/index.ts";

export type Db = Pick<Database, "driver" | "database">;

export const atLeast = (role: Role, required: Role) => ROLES.indexOf(role) >= ROLES.indexOf(required);

export interface ApiToken {
  id: string;
  name: string;
  role: Exclude<Role, "public">;
  createdAt: string;
  revokedAt: string | null;
}

export const hashToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Creates a token; the returned secret is the only copy there will ever be. */
export async function createToken(db: Db, input: TokenInput): Promise<{ token: ApiToken; secret: string }> {
  const { name, role } = tokenInputSchema.parse(input);
  const secret = `dgl_${randomBytes(32).toString("base64url")}`;
  const [row] = await writeQuery<{ token: ApiToken }>(db.driver, "tokens/create", { id: randomUUID(), name, role, hash: hashToken(secret) }, db.database);
  return { token: row!.token, secret };
}

export async function listTokens(db: Db): Promise<ApiToken[]> {
  return (await readQuery<{ token: ApiToken }>(db.driver, "tokens/list", {}, db.database)).map((r) => r.token);
}

export async function revokeToken(db: Db, id: string): Promise<ApiToken> {
  const [row] = await writeQuery<{ token: ApiToken }>(db.driver, "tokens/revoke", { id }, db.database);
  if (!row) throw new NotFoundError("token", id);
  return row.token;
}

/** The active token behind a secret, or null when it is unknown or revoked. */
export async function authenticateToken(db: Db, secret: string): Promise<Pick<ApiToken, "id" | "name" | "role"> | null> {
  const [row] = await readQuery<{ token: Pick<ApiToken, "id" | "name" | "role"> }>(db.driver, "tokens/find-active", { hash: hashToken(secret) }, db.database);
  return row?.token ?? null;
}
