// /api/v1/import: upload CSV, XLSX or JSON files (multipart, field "files") and import them with
// exactly the CLI's validation and report; any problem → 400 listing them, nothing written.
import { z } from "zod";
import { formatSummary, importFiles } from "../../services/import-service.ts";
import { ImportReportOut } from "../responses-analysis.ts";
import { audit } from "../audit.ts";
import { defineRoute } from "../route.ts";

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v), z.boolean({ error: "expected true or false" }));

export const importRoutes = [
  defineRoute({
    operationId: "importFiles", method: "post", path: "/api/v1/import", role: "coordinator", tag: "import", rateLimit: "write",
    summary: "Import files named after the entities (projects.csv, partners.xlsx, dataset.json, …); dryRun=true validates only; sync=true also removes what the files no longer list",
    query: z.object({
      dryRun: flag.default(false).meta({ description: "validate and report, write nothing" }),
      sync: flag.default(false).meta({ description: "make the graph match the files for each entity they cover: stored rows missing from them are removed (listed in `deleted`; with dryRun only listed). Decisions, tokens, analysis runs and collaborations made by accepted suggestions are never removed" }),
    }),
    upload: { field: "files", maxFiles: 20 },
    response: ImportReportOut,
    handle: async ({ query, files }, { db, req }) => {
      const report = await importFiles(db, files, { dryRun: query.dryRun, sync: query.sync });
      audit(req, query.dryRun ? "import.dry-run" : "import", { files: files.map((f) => f.name), sync: query.sync, summary: formatSummary(report) });
      return { ...report, summary: formatSummary(report) };
    },
  }),
];
