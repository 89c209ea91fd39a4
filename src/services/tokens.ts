// API tokens: bearer secrets with a role. The secret is shown once at creation; Neo4j keeps only
// its sha256, so a leaked database does not leak usable tokens.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { readQuery, writeQuery, type Database } from "../db/index.ts";
import { NotFoundError } from "../errors.ts";

export type Db = Pick<Database, "driver" | "database">;

/** Roles in increasing power: each role can do what the ones before it can. */
export const ROLES = ["public", "analyst", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: `expected a role: ${ROLES.join(", ")}` });
/** Roles a token can carry (public is the absence of a token). */
export const tokenRoleSchema = z.enum(["analyst", "coordinator", "admin"], { error: "expected a role: analyst, coordinator, admin" });

export const atLeast = (role: Role, required: Role) => ROLES.indexOf(role) >= ROLES.indexOf(required);

export const tokenInputSchema = z.object({
  name: z.string().trim().min(1, "expected a name for the token").max(200),
  role: tokenRoleSchema,
});

export interface ApiToken {
  id: string;
  name: string;
  role: Exclude<Role, "public">;
  createdAt: string;
  revokedAt: string | null;
}

export const hashToken = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Creates a token; the returned secret is the only copy there will ever be. */
export async function createToken(db: Db, input: z.input<typeof tokenInputSchema>): Promise<{ token: ApiToken; secret: string }> {
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
