// Schemas of the import answers beyond the report's counts, for the OpenAPI document: what a sync
// covered, kept and orphaned; the imports Diagonal remembers; what undoing one did. Declared once,
// here, for the routes, the OpenAPI document, the import service's records and the workspace.
import { z } from "zod";
import { ENTITY_NAMES } from "./dataset.ts";

const bilingual = { en: z.string(), nl: z.string() };

export const SyncReportOut = z
  .object({
    covered: z.array(z.enum(ENTITY_NAMES)).meta({ description: "the entities made to match the files: those with data rows (narrowed to sync=<list>)" }),
    notCovered: z.array(z.object({ entity: z.enum(ENTITY_NAMES), reason: z.enum(["no-rows", "no-table", "not-listed"]), ...bilingual })),
    kept: z.array(z.object({ entity: z.enum(["themes", "projects", "partners", "outcomes"]), id: z.string(), reason: z.enum(["referenced", "accepted"]), ...bilingual }))
      .meta({ description: "stored rows the files do not list that the sync keeps, and why (an accepted collaboration; rows of the files refer to them)" }),
    withRemovedNodes: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })).meta({ description: "relationships that go with removed nodes" }),
    orphanedDecisions: z.array(z.object({ pairKey: z.string(), a: z.string(), b: z.string(), decision: z.string() }))
      .meta({ description: "decisions about removed projects: kept, marked orphaned" }),
    removals: z.number().int().meta({ description: "rows removed in all; a sync beyond the threshold needs confirm equal to this" }),
    needsConfirmation: z.boolean(),
  })
  .meta({ id: "SyncReport" });

export const ImportJobOut = z
  .object({
    id: z.string(),
    status: z.enum(["committed", "undone", "expired", "staging", "undoing"]).meta({ description: "committed imports keep an undo journal while among the newest DIAGONAL_KEEP_IMPORTS" }),
    mode: z.string().optional(), startedAt: z.string(), finishedAt: z.string().optional(), by: z.string().optional(), files: z.array(z.string()).optional(),
    sync: z.string().optional(), summary: z.string().optional(), undoneAt: z.string().optional(), undoneBy: z.string().optional(), journal: z.number().int(),
  })
  .meta({ id: "ImportJob" });

export const ImportJobListOut = z.object({ items: z.array(ImportJobOut) }).meta({ id: "ImportJobList" });

export const UndoReportOut = z
  .object({
    job: z.string(),
    dryRun: z.boolean(),
    steps: z.array(z.object({ kind: z.string(), action: z.enum(["remove", "restore"]), what: z.string(), rows: z.number().int(), first: z.array(z.string()) })),
    summary: z.string(),
  })
  .meta({ id: "ImportUndoReport" });

// The answers as TypeScript types: the import service's records and the workspace derive theirs from these.
export type SyncReportJson = z.output<typeof SyncReportOut>;
export type ImportJobJson = z.output<typeof ImportJobOut>;
export type UndoReportJson = z.output<typeof UndoReportOut>;

/** The most items an import's HTTP answer lists of each kind (possible duplicates, merges, warnings, each sync list). */
export const IMPORT_ANSWER_LIST_LIMIT = 200;

/** How many items of each listed kind an import found, and whether its answer lists only the first IMPORT_ANSWER_LIST_LIMIT of some. */
export const ImportListsOut = z
  .object({
    limit: z.number().int().meta({ description: "the most items listed of each kind" }),
    truncated: z.boolean().meta({ description: "true when some list holds only its first `limit` items; `totals` counts them all" }),
    totals: z.record(z.string(), z.number().int()).meta({
      description: "the number of items of each list the import found, listed or not: duplicates, merged, warnings, and with a sync deleted.<entity>, sync.kept, sync.withRemovedNodes, sync.orphanedDecisions",
    }),
  })
  .meta({ id: "ImportLists", description: "every list of the import's answer holds at most `limit` items; `totals` counts them all, and `truncated` says whether any was cut (the command line's import lists them all)" });
export type ImportListsJson = z.output<typeof ImportListsOut>;
