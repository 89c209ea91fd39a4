// The settings and inputs of a sync and of undoing imports, declared once for the CLI flags, the
// HTTP query, the environment and the OpenAPI: which entities a sync covers, how much it may remove
// without a confirmation, how many imports can be undone, and an import job's id.
import { z } from "zod";
import { ENTITY_NAMES, type EntityName } from "./dataset.ts";

/**
 * `--sync` / `sync=`: true (every entity the files cover), false, or a comma-separated list of
 * entities ("projects,partners"): only those are made to match the files.
 */
export const syncScopeSchema = z.preprocess(
  (v) => (typeof v === "boolean" ? String(v) : v),
  z
    .string({ error: "expected true, false or a comma-separated list of entities" })
    .trim()
    .transform((s, ctx) => {
      if (s === "true" || s === "1") return true as boolean;
      if (s === "false" || s === "0" || s === "") return false as boolean;
      const names = s.split(",").map((n) => n.trim()).filter(Boolean);
      const unknown = names.filter((n) => !(ENTITY_NAMES as string[]).includes(n));
      if (unknown.length > 0) {
        ctx.addIssue({ code: "custom", message: `unknown entit${unknown.length === 1 ? "y" : "ies"} ${unknown.map((n) => `"${n}"`).join(", ")}; expected true, false or a comma-separated list of: ${ENTITY_NAMES.join(", ")}` });
        return z.NEVER;
      }
      return [...new Set(names)] as EntityName[];
    }),
);
export type SyncScope = boolean | EntityName[];

/**
 * The share of any entity's stored rows a sync may remove without `--yes` (HTTP: `confirm`), in
 * percent (DIAGONAL_SYNC_MAX_REMOVE, `--max-remove`). Removing an accepted decision's project is
 * never silent whatever the share.
 */
export const DEFAULT_SYNC_MAX_REMOVE = 10;
export const syncMaxRemoveSchema = z.coerce
  .number({ error: "expected a percentage from 0 to 100" })
  .min(0, "expected a percentage from 0 to 100")
  .max(100, "expected a percentage from 0 to 100");

/** How many of the newest imports keep their undo journal (DIAGONAL_KEEP_IMPORTS); older journals are pruned. */
export const DEFAULT_KEEP_IMPORTS = 10;
export const keepImportsSchema = z.coerce
  .number({ error: "expected a whole number from 1 to 1000" })
  .int("expected a whole number from 1 to 1000")
  .min(1, "expected a whole number from 1 to 1000")
  .max(1000, "expected a whole number from 1 to 1000");

/** An import job's id, as `diagonal import jobs` lists it. */
export const importJobIdSchema = z
  .string()
  .trim()
  .regex(/^import-[0-9A-Za-z-]{1,80}$/, "expected an import job id such as import-20261206T175012123Z-1a2b3c4d (see `diagonal import jobs`)");

/** Who an import is recorded as made by: a token's name over HTTP, `cli:<user>` or `--by` on the command line. */
export const importedBySchema = z.string().trim().min(1, "expected a name").max(200, "expected at most 200 characters");
