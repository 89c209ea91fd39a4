// `diagonal token create|list|revoke`: API tokens for the HTTP API. A new token's secret is
// printed once; only its hash is stored.
import type { Command } from "commander";
import { tokenInputSchema } from "../schemas/index.ts";
import { parseFlags } from "./flags.ts";

type Tokens = typeof import("../services/tokens.ts");
type Db = Awaited<ReturnType<typeof import("../db/index.ts").connect>>;

async function withDb<T>(work: (db: Db, tokens: Tokens) => Promise<T>): Promise<T> {
  const [{ connect }, tokens] = await Promise.all([import("../db/index.ts"), import("../services/tokens.ts")]);
  const db = await connect();
  try {
    return await work(db, tokens);
  } finally {
    await db.close();
  }
}

export function register(program: Command): void {
  const token = program.command("token").description("Manage API tokens (roles: analyst, coordinator, admin)");
  token
    .command("create")
    .description("Create a token and print its secret (shown once)")
    .requiredOption("--role <role>", "analyst, coordinator or admin")
    .requiredOption("--name <name>", "who or what uses the token")
    .action(async (opts: { role: string; name: string }) => {
      const input = parseFlags(tokenInputSchema, opts);
      const { token: t, secret } = await withDb((db, { createToken }) => createToken(db, input));
      console.log(secret);
      console.error(`token ${t.id} (${t.name}, ${t.role}) created; the secret above is shown only once`);
    });
  token
    .command("list")
    .description("List tokens (never their secrets)")
    .action(async () => {
      const tokens = await withDb((db, { listTokens }) => listTokens(db));
      if (tokens.length === 0) return void console.log("no tokens");
      for (const t of tokens) console.log(`${t.id}  ${t.role.padEnd(11)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : "active".padEnd(32)}  ${t.name}`);
    });
  token
    .command("revoke <id>")
    .description("Revoke a token")
    .action(async (id: string) => {
      const t = await withDb((db, { revokeToken }) => revokeToken(db, id));
      console.log(`token ${t.id} (${t.name}) revoked at ${t.revokedAt}`);
    });
}
