// The import settings from the environment, validated with the shared schemas: how much a sync may
// remove unconfirmed (DIAGONAL_SYNC_MAX_REMOVE, percent, default 10) and how many imports keep
// their undo journal (DIAGONAL_KEEP_IMPORTS, default 10).
import { ConfigError } from "../errors.ts";
import { DEFAULT_KEEP_IMPORTS, DEFAULT_SYNC_MAX_REMOVE, keepImportsSchema, syncMaxRemoveSchema } from "../schemas/index.ts";
import type { z } from "zod";

function setting<S extends z.ZodType<number>>(env: NodeJS.ProcessEnv, name: string, schema: S, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`invalid environment:\n  ${name}: ${parsed.error.issues[0]!.message} (got ${JSON.stringify(raw)})`, [{ field: name, in: "environment", message: parsed.error.issues[0]!.message, value: raw }]);
  return parsed.data as number;
}

/** Percent of any entity's stored rows a sync may remove without a confirmation. */
export const syncMaxRemovePercent = (env: NodeJS.ProcessEnv = process.env) => setting(env, "DIAGONAL_SYNC_MAX_REMOVE", syncMaxRemoveSchema, DEFAULT_SYNC_MAX_REMOVE);

/** How many of the newest imports can be undone (older journals are pruned). */
export const keptImports = (env: NodeJS.ProcessEnv = process.env) => setting(env, "DIAGONAL_KEEP_IMPORTS", keepImportsSchema, DEFAULT_KEEP_IMPORTS);
