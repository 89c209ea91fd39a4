// /api/v1/import: upload CSV, XLSX or JSON files (multipart, field "files") and import them with
// exactly the CLI's validation and report; any problem → 400 listing them, nothing written.
// /api/v1/import/jobs lists the imports; /api/v1/import/{job}/undo undoes the newest one.
import { z } from "zod";
import { importUpload } from "../../services/off-loop/upload-import.ts";
import { listImportJobs, undoImportJob } from "../../services/import-jobs.ts";
import { importJobIdSchema, syncScopeSchema } from "../../schemas/index.ts";
import { ImportReportOut } from "../../schemas/responses-analysis.ts";
import { ImportJobListOut, UndoReportOut } from "../../schemas/responses-import.ts";
import { audit } from "../audit.ts";
import { defineRoute } from "../route.ts";

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v), z.boolean({ error: "expected true or false" }));
const caller = (req: { caller?: { tokenName?: string; tokenId?: string } }) => req.caller?.tokenName ?? req.caller?.tokenId ?? "unknown";

export const importRoutes = [
  defineRoute({
    operationId: "importFiles", method: "post", path: "/api/v1/import", role: "coordinator", tag: "import", rateLimit: "write",
    summary: "Import files named after the entities (projects.csv, partners.xlsx, dataset.json, …); dryRun=true validates only; sync=true (or sync=projects,partners) also removes what the files no longer list",
    description: "A sync covers only entities whose sheet or file has data rows. One that would remove more than DIAGONAL_SYNC_MAX_REMOVE % (default 10) of any entity's stored rows, or orphan an accepted decision, answers 409 sync-unconfirmed unless `confirm` equals the dry run's `sync.removals`; nothing is written then. Every import answers with its `job`, which POST /api/v1/import/{job}/undo undoes.",
    query: z.object({
      dryRun: flag.default(false).meta({ description: "validate and report, write nothing" }),
      sync: syncScopeSchema.optional().meta({ description: "true (or false, the default): make the graph match the files for each entity they cover with data rows; or a comma-separated list of entities (projects,partners). Stored rows missing from them are removed (listed in `deleted` and `sync`; with dryRun only listed). Decisions (orphaned ones are marked), tokens, analysis runs and collaborations made by accepted suggestions are never removed" }),
      confirm: z.coerce.number({ error: "expected the dry run's removal count (sync.removals)" }).int("expected the dry run's removal count (sync.removals)").min(0).optional()
        .meta({ description: "confirms a sync beyond the threshold: must equal the dry run's sync.removals" }),
    }),
    upload: { field: "files", maxFiles: 20 },
    errors: ["sync-unconfirmed"],
    response: ImportReportOut,
    handle: async ({ query, files }, { db, req, res }) => {
      const sync = query.sync ?? false;
      // A large upload is read, validated and imported in a worker thread (the service keeps answering);
      // the report comes back as JSON bytes, encoded there.
      const answer = await importUpload(db, files, { dryRun: query.dryRun, sync, confirm: query.confirm, by: caller(req) });
      audit(req, query.dryRun ? "import.dry-run" : "import", { files: files.map((f) => f.name), sync, job: answer.job, summary: answer.summary });
      // Sent as they are: no hash of megabytes for an ETag (an import's answer is never reused).
      res.status(200).type("application/json").setHeader("Content-Length", String(answer.body.byteLength));
      res.end(answer.body);
      return undefined;
    },
  }),
  defineRoute({
    operationId: "listImportJobs", method: "get", path: "/api/v1/import/jobs", role: "coordinator", tag: "import",
    summary: "The imports, newest first: status (committed ones can be undone while their journal is kept), who, when, what changed",
    query: z.object({ limit: z.coerce.number({ error: "expected a whole number from 1 to 1000" }).int().min(1).max(1000).default(50) }),
    response: ImportJobListOut,
    handle: async ({ query }, { db }) => ({ items: await listImportJobs(db, query.limit) }),
  }),
  defineRoute({
    operationId: "undoImport", method: "post", path: "/api/v1/import/{job}/undo", role: "coordinator", tag: "import", rateLimit: "write",
    summary: "Undo an import: the graph as it was before it; dryRun=true lists what it would remove and restore",
    description: "Only the newest import still in effect can be undone (409 naming the newer ones otherwise; undo those first), among the newest DIAGONAL_KEEP_IMPORTS (default 10). An undone import cannot be undone again (409).",
    params: z.object({ job: importJobIdSchema }),
    query: z.object({ dryRun: flag.default(false).meta({ description: "list what undoing would do, change nothing" }) }),
    response: UndoReportOut,
    handle: async ({ params, query }, { db, req }) => {
      const r = await undoImportJob(db, params.job, { dryRun: query.dryRun, by: caller(req) });
      if (!r.dryRun) audit(req, "import.undo", { job: r.job, summary: r.summary });
      return r;
    },
  }),
];
