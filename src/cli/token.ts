// `diagonal token create|list|revoke`: API tokens for the HTTP API. A new token's secret is
// printed once; only its hash is stored.
import type { Command } from "commander";
import { connect } from "../db/index.ts";
import { createToken, listTokens, revokeToken, tokenInputSchema } from "../services/tokens.ts";

async function withDb<T>(work: (db: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> {
  const db = await connect();
  try {
    return await work(db);
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
      const parsed = tokenInputSchema.safeParse(opts);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message} (got ${JSON.stringify(opts[i.path[0] as "role" | "name"])})`).join("; "));
      const { token: t, secret } = await withDb((db) => createToken(db, parsed.data));
      console.log(secret);
      console.error(`token ${t.id} (${t.name}, ${t.role}) created; the secret above is shown only once`);
    });
  token
    .command("list")
    .description("List tokens (never their secrets)")
    .action(async () => {
      const tokens = await withDb((db) => listTokens(db));
      if (tokens.length === 0) return void console.log("no tokens");
      for (const t of tokens) console.log(`${t.id}  ${t.role.padEnd(11)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : "active".padEnd(32)}  ${t.name}`);
    });
  token
    .command("revoke <id>")
    .description("Revoke a token")
    .action(async (id: string) => {
      const t = await withDb((db) => revokeToken(db, id));
      console.log(`token ${t.id} (${t.name}) revoked at ${t.revokedAt}`);
    });
}
