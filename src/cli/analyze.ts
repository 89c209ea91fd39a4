// `diagonal analyze`: one analysis run on the stored graph (communities, suggestions, opportunities),
// stored in Neo4j, with a progress bar per stage and a summary at the end.
import type { Command } from "commander";
import { z } from "zod";
import { SIGNAL_NAMES } from "../vocabulary.ts";
import type { AnalysisParamsInput, RunStage } from "../services/analysis/index.ts";
import { parseFlags } from "./flags.ts";
import { stageProgress } from "./stage-progress.ts";

const SIGNALS = SIGNAL_NAMES;

/**
 * How long the analysis retries a transaction whose connection failed (the driver's default is
 * 30 s per transaction, and a run has many: a dead server kept the command waiting for 89 s).
 */
const RETRY_MS = 3_000;

/** Neo4j went away during the run: say where, and what was left (an incomplete run nobody sees). */
export class AnalysisInterruptedError extends Error {
  override name = "AnalysisInterruptedError";
  constructor(uri: string, cause: Error) {
    super(
      `Neo4j at ${uri} stopped answering during the analysis (${cause.message.split("\n")[0]}). ` +
        "No run was completed: what was written stays invisible as an incomplete run and is removed at the next start or the next analysis.",
      { cause },
    );
  }
}

/** "themes=1,partners=0.5" → { themes: 1, partners: 0.5 }; the analysis schema checks the ranges. */
const weightsFlag = z
  .string()
  .trim()
  .regex(
    new RegExp(`^(${SIGNALS.join("|")})=\\d+(\\.\\d+)?(,(${SIGNALS.join("|")})=\\d+(\\.\\d+)?)*$`),
    `--weights: expected name=number pairs separated by commas, names from ${SIGNALS.join(", ")} (e.g. themes=1,partners=0.5)`,
  )
  .transform((s) => Object.fromEntries(s.split(",").map((kv) => { const [k, v] = kv.split("="); return [k!, Number(v)]; })));

const analyzeFlagsSchema = z.object({
  resolution: z.coerce.number({ error: "--resolution: expected a number greater than 0" }).positive("--resolution: expected a number greater than 0").optional(),
  weights: weightsFlag.optional(),
  seed: z.coerce.number({ error: "--seed: expected a whole number" }).int("--seed: expected a whole number").optional(),
  diagonal: z.boolean().optional(),
  now: z.iso.date({ error: "--now: expected a day such as 2026-01-31" }).optional(),
  period: z.enum(["running", "all"], { error: "--period: expected running or all" }).optional(),
  perProject: z.coerce.number({ error: "--per-project: expected a whole number" }).int("--per-project: expected a whole number").min(1, "--per-project: expected at least 1").optional(),
});

const STAGE_NAMES: Record<RunStage, string> = {
  projection: "reading graph",
  similarity: "similarity",
  communities: "communities",
  suggestions: "suggestions",
  opportunities: "opportunities",
  learning: "learning weights",
  writing: "writing results",
  pruning: "removing older runs",
};

export function register(program: Command) {
  program
    .command("analyze")
    .description("Run the analysis on the stored graph and store communities, suggestions and opportunities as a new run")
    .option("--resolution <r>", "community resolution (> 0; higher gives more, smaller communities)")
    .option("--weights <list>", `signal weights, e.g. themes=1,partners=1,text=0.5 (${SIGNALS.join(", ")})`)
    .option("--seed <n>", "random seed (same data and seed, same result)")
    .option("--diagonal", "favour pairs across communities and themes")
    .option("--no-diagonal", "do not favour pairs across communities and themes")
    .option("--per-project <n>", "suggestions kept per project")
    .option("--period <which>", "which networks suggestions pair: running (running now or to come, periods overlapping; default) or all")
    .option("--now <day>", "the day the run looks from (YYYY-MM-DD, default today): which networks run and which are past")
    .action(async (raw: Record<string, unknown>) => {
      const [{ connect, isConnectionLost }, { runAnalysis }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const f = parseFlags(analyzeFlagsSchema, raw);
      const params: AnalysisParamsInput = {};
      if (f.resolution !== undefined) params.resolution = f.resolution;
      if (f.weights) params.weights = f.weights;
      if (f.seed !== undefined) params.seed = f.seed;
      if (f.diagonal !== undefined) params.diagonal = f.diagonal;
      if (f.perProject !== undefined) params.suggestionsPerProject = f.perProject;
      if (f.now !== undefined) params.now = f.now;
      if (f.period !== undefined) params.period = f.period;
      const db = await connect("cli", { retryMs: RETRY_MS });
      const progress = stageProgress({ labels: STAGE_NAMES, counts: true });
      try {
        const run = await runAnalysis(db, params, progress.update).catch((err: Error) => {
          throw isConnectionLost(err) ? new AnalysisInterruptedError(db.config.uri, err) : err;
        });
        progress.finish();
        console.log(`run            ${run.id}`);
        console.log(`projects       ${run.counts.projects}`);
        console.log(`communities    ${run.counts.communities}`);
        console.log(`modularity     ${run.modularity.toFixed(3)}`);
        console.log(`suggestions    ${run.counts.suggestions}${run.counts.excludedPairs ? ` (${run.counts.excludedPairs} decided pairs left out)` : ""}`);
        console.log(`opportunities  ${run.counts.opportunities}`);
        console.log(`seconds        ${run.seconds.toFixed(1)}`);
      } finally {
        progress.finish();
        // Closing waits for nothing once the server is gone; a failed close must not hide why.
        await db.close().catch(() => undefined);
      }
    });
}
