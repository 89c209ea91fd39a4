// /api/v1/import: upload CSV, XLSX or JSON files (multipart, field "files") and import them with
// exactly the CLI's validation and report; any problem → 400 listing them, nothing written.
import { z } from "zod";
import { formatSummary, importFiles } from "../../services/import-service.ts";
import { ImportReportOut } from "../responses-analysis.ts";
import { defineRoute } from "../route.ts";

const flag = z.preprocess((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" || v === "" ? false : v), z.boolean({ error: "expected true or false" }));

export const importRoutes = [
  defineRoute({
    operationId: "importFiles", method: "post", path: "/api/v1/import", role: "coordinator", tag: "import", rateLimit: "write",
    summary: "Import files named after the entities (projects.csv, partners.xlsx, dataset.json, …); dryRun=true validates only",
    query: z.object({ dryRun: flag.default(false) }),
    upload: { field: "files", maxFiles: 20 },
    response: ImportReportOut,
    handle: async ({ query, files }, { db }) => {
      const report = await importFiles(db, files, { dryRun: query.dryRun });
      return { ...report, summary: formatSummary(report) };
    },
  }),
];
