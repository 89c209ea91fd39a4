// Parameters of a backtest (`diagonal evaluate`, npm run quality:real): the cutoff date or the
// share of networks before it, the seed (of learning, as an analysis run's, and of sampling), how
// many networks to evaluate, k, and whether to print the ablation.
import { z } from "zod";
import { ANALYSIS_DEFAULTS } from "./analysis.ts";

const asNumber = (v: unknown) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);

export const EVALUATION_DEFAULTS = { historyShare: 0.8, seed: ANALYSIS_DEFAULTS.seed, k: 10, ablation: true } as const;

export const evaluationParamsSchema = z
  .object({
    cutoff: z
      .string({ error: "cutoff: expected a date YYYY-MM-DD" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "cutoff: expected a date YYYY-MM-DD")
      .refine((s) => !Number.isNaN(Date.parse(s)), { error: (i) => `cutoff: expected a real date YYYY-MM-DD, got ${String(i.input)}` })
      .optional(),
    historyShare: z
      .preprocess(asNumber, z.number({ error: "historyShare: expected a number between 0 and 1" }).gt(0, "historyShare: expected a number between 0 and 1").lt(1, "historyShare: expected a number between 0 and 1"))
      .default(EVALUATION_DEFAULTS.historyShare),
    seed: z.preprocess(asNumber, z.number({ error: "seed: expected a whole number" }).int("seed: expected a whole number")).default(EVALUATION_DEFAULTS.seed),
    maxQueries: z
      .preprocess(asNumber, z.number({ error: "maxQueries: expected a whole number ≥ 1" }).int("maxQueries: expected a whole number ≥ 1").min(1, "maxQueries: expected a whole number ≥ 1"))
      .optional(),
    k: z
      .preprocess(asNumber, z.number({ error: "k: expected a whole number from 1 to 100" }).int("k: expected a whole number from 1 to 100").min(1, "k: expected a whole number from 1 to 100").max(100, "k: expected a whole number from 1 to 100"))
      .default(EVALUATION_DEFAULTS.k),
    ablation: z.boolean({ error: "ablation: expected true or false" }).default(EVALUATION_DEFAULTS.ablation),
  })
  .strict();
export type EvaluationParams = z.output<typeof evaluationParamsSchema>;
