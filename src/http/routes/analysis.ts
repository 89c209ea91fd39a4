// /api/v1/analysis: start a run in the background (202 + a job to poll; 409 while one runs), the
// job's status, the stored runs, and the difference between two runs. Analysts and above; deleting
// a run is for admins.
import { z } from "zod";
import { analysisRequestSchema } from "../../schemas/analysis.ts";
import { id } from "../../schemas/fields.ts";
import { deleteRun, diffRuns, getRun, listRuns } from "../../services/analysis/index.ts";
import { runAnalysisInChild } from "../../services/analysis/analysis-process.ts";
import { exclusively } from "../../services/analysis/jobs.ts";
import { presentJob, presentRun } from "../presenters/analysis.ts";
import { DeletedRunOut, JobOut, RunDiffOut, RunListOut, RunOut } from "../../schemas/responses-analysis.ts";
import { audit } from "../audit.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";

const tag = "analysis";

export const analysisRoutes = [
  defineRoute({
    operationId: "startAnalysis", method: "post", path: "/api/v1/analysis/runs", role: "analyst", tag, rateLimit: "write", status: 202,
    summary: "Start an analysis run in the background; poll the returned job (statusUrl)",
    body: analysisRequestSchema.strict(),
    response: JobOut,
    handle: async ({ body }, { db, res, services, req }) => {
      // In a child process: the service keeps answering while the analysis computes.
      const job = services.analysis.start((onProgress) => exclusively(() => runAnalysisInChild(db, body, onProgress)));
      audit(req, "analysis.start", { jobId: job.id, params: body });
      res.setHeader("Location", `/api/v1/analysis/jobs/${job.id}`);
      return presentJob(job);
    },
  }),
  defineRoute({
    operationId: "getAnalysisJob", method: "get", path: "/api/v1/analysis/jobs/{id}", role: "analyst", tag,
    summary: "Status of a background analysis: running (with stage and progress), succeeded (with its run) or failed",
    params: z.object({ id: z.uuid({ error: "expected a job id (UUID)" }) }),
    response: JobOut,
    handle: async ({ params }, { services }) => presentJob(services.analysis.get(params.id)),
  }),
  defineRoute({
    operationId: "listAnalysisRuns", method: "get", path: "/api/v1/analysis/runs", role: "analyst", tag,
    summary: "Stored analysis runs, newest first, without their recommendation models (the run itself has them)",
    response: RunListOut,
    handle: async (_input, { db }) => ({ items: (await listRuns(db)).map(presentRun) }),
  }),
  defineRoute({
    operationId: "getAnalysisRun", method: "get", path: "/api/v1/analysis/runs/{id}", role: "analyst", tag,
    summary: "One stored run: parameters, modularity, counts",
    params: idParams,
    response: RunOut,
    handle: async ({ params }, { db }) => presentRun(await getRun(db, params.id)),
  }),
  defineRoute({
    operationId: "diffAnalysisRuns", method: "get", path: "/api/v1/analysis/diff", role: "analyst", tag, errors: ["not-found"],
    summary: "What changed between two runs: suggestions added, dropped and moved, community changes",
    query: z.object({ from: id, to: id }),
    response: RunDiffOut,
    handle: async ({ query }, { db }) => diffRuns(db, query.from, query.to),
  }),
  defineRoute({
    operationId: "deleteAnalysisRun", method: "delete", path: "/api/v1/analysis/runs/{id}", role: "admin", tag, rateLimit: "write",
    summary: "Delete a stored run and its suggestions and opportunities (409 while a decision refers to it)",
    description: "Results are removed in small batches, each its own transaction, so deleting fits the everyday server. Older runs are also pruned automatically after each run: the newest DIAGONAL_KEEP_RUNS (default 20) are kept, and every run a decision refers to.",
    params: idParams,
    response: DeletedRunOut,
    handle: async ({ params }, { db, req }) => {
      const deleted = await deleteRun(db, params.id);
      audit(req, "run.delete", deleted);
      return deleted;
    },
  }),
];
