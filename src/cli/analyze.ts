// `diagonal analyze`: one analysis run on the stored graph (communities, suggestions, opportunities),
// stored in Neo4j, with a progress bar per stage and a summary at the end.
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { z } from "zod";
import { SIGNAL_NAMES } from "../vocabulary.ts";
import type { AnalysisParamsInput, RunStage } from "../services/analysis/index.ts";
import { parseFlags } from "./flags.ts";

const SIGNALS = SIGNAL_NAMES;

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
};

/** One bar per stage on a terminal; one line per stage otherwise (logs, CI). */
function progressReporter() {
  let stage: RunStage | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const tty = process.stderr.isTTY;
  const finish = () => { bar?.stop(); bar = undefined; };
  return {
    update(s: RunStage, done: number, total: number) {
      if (s !== stage) {
        finish();
        stage = s;
        if (tty) {
          bar = new cliProgress.SingleBar({ format: `${STAGE_NAMES[s].padEnd(16)} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
          bar.start(Math.max(total, 1), done);
        } else console.error(`… ${STAGE_NAMES[s]}`);
      }
      bar?.setTotal(Math.max(total, 1));
      bar?.update(done);
    },
    finish,
  };
}

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
    .action(async (raw: Record<string, unknown>) => {
      const [{ connect }, { runAnalysis }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const f = parseFlags(analyzeFlagsSchema, raw);
      const params: AnalysisParamsInput = {};
      if (f.resolution !== undefined) params.resolution = f.resolution;
      if (f.weights) params.weights = f.weights;
      if (f.seed !== undefined) params.seed = f.seed;
      if (f.diagonal !== undefined) params.diagonal = f.diagonal;
      if (f.perProject !== undefined) params.suggestionsPerProject = f.perProject;
      const db = await connect();
      const progress = progressReporter();
      try {
        const run = await runAnalysis(db, params, progress.update);
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
        await db.close();
      }
    });
}
