// The parameters of an analysis run as the API, the CLI and stored settings give them. Weights may
// be partial (missing signals keep their defaults); every invalid value gets a message naming the
// field, the value and what was expected.
import { z } from "zod";
import { DEFAULT_SIGNAL_WEIGHTS as DEFAULT_WEIGHTS, SIGNAL_NAMES, type SignalWeights } from "../vocabulary.ts";

/** Numbers may arrive as text (query strings, CSV, CLI flags). */
const asNumber = (v: unknown) => (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v);
export const SUGGESTION_PERIODS = ["running", "all"] as const;
export const suggestionPeriod = z.enum(SUGGESTION_PERIODS, { error: `period: expected one of: ${SUGGESTION_PERIODS.join(", ")}` });

/** A day as YYYY-MM-DD: what "now" is for a run or a recommendation (injectable, so results are reproducible). */
export const analysisDay = z.iso.date({ error: "now: expected a day such as 2026-01-31" });
const asBoolean = (v: unknown) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v);

const weight = (name: string) =>
  z.preprocess(
    asNumber,
    z
      .number({ error: (i) => `weights.${name}: expected a number ≥ 0, got ${JSON.stringify(i.input)}` })
      .refine(Number.isFinite, { error: `weights.${name}: expected a finite number ≥ 0` })
      // .min, not a refinement: the OpenAPI document then states the minimum.
      .min(0, { error: (i) => `weights.${name}: expected a number ≥ 0, got ${String(i.input)}` }),
  );

export const signalWeightsSchema = z
  .strictObject(Object.fromEntries(SIGNAL_NAMES.map((s) => [s, weight(s).optional()])) as Record<keyof SignalWeights, z.ZodOptional<ReturnType<typeof weight>>>, {
    error: (i) =>
      i.code === "unrecognized_keys"
        ? `weights: unknown signal ${i.keys.map((k) => `"${k}"`).join(", ")}; expected ${SIGNAL_NAMES.join(", ")}`
        : "weights: expected an object of signal weights",
  })
  .transform((w): SignalWeights => ({ ...DEFAULT_WEIGHTS, ...Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined)) }))
  .refine((w) => SIGNAL_NAMES.some((s) => w[s] > 0), { error: "weights: at least one weight must be > 0 (all are 0)" });

// `diagonal` is opt-in: the bonus for cross-community pairs would otherwise reorder the main
// ranking silently; diagonal pairs stay flagged and listable on their own (diagonalOnly).
export const ANALYSIS_DEFAULTS = { seed: 42, resolution: 1, diagonal: false, suggestionsPerProject: 5 } as const;

export const analysisParamsSchema = z.object({
  seed: z
    .preprocess(asNumber, z.number({ error: (i) => `seed: expected a whole number, got ${JSON.stringify(i.input)}` }).int("seed: expected a whole number"))
    .default(ANALYSIS_DEFAULTS.seed),
  resolution: z
    .preprocess(
      asNumber,
      z
        .number({ error: (i) => `resolution: expected a number > 0, got ${JSON.stringify(i.input)}` })
        .refine((r) => Number.isFinite(r) && r > 0, { error: (i) => `resolution: expected a number > 0, got ${String(i.input)}` }),
    )
    .default(ANALYSIS_DEFAULTS.resolution),
  weights: signalWeightsSchema.default(() => ({ ...DEFAULT_WEIGHTS })),
  diagonal: z.preprocess(asBoolean, z.boolean({ error: (i) => `diagonal: expected true or false, got ${JSON.stringify(i.input)}` })).default(ANALYSIS_DEFAULTS.diagonal),
  suggestionsPerProject: z
    .preprocess(
      asNumber,
      z
        .number({ error: (i) => `suggestionsPerProject: expected a whole number from 1 to 100, got ${JSON.stringify(i.input)}` })
        .int("suggestionsPerProject: expected a whole number from 1 to 100")
        .min(1, "suggestionsPerProject: expected a whole number from 1 to 100")
        .max(100, "suggestionsPerProject: expected a whole number from 1 to 100"),
    )
    .default(ANALYSIS_DEFAULTS.suggestionsPerProject),
  /** The day the run looks from (default: today): who runs then, who is past (analysis/network-periods.ts). */
  now: analysisDay.optional(),
  /**
   * Which networks collaboration suggestions pair: "running" (running now or to come, periods
   * overlapping; past ones become "learn from") or "all" (time not considered). Default "running",
   * or DIAGONAL_SUGGESTION_PERIOD.
   */
  period: suggestionPeriod.optional(),
});
export type AnalysisParams = z.output<typeof analysisParamsSchema>;
export type SuggestionPeriod = z.output<typeof suggestionPeriod>;

/**
 * What a request to start a run may carry: the same fields, but weights stay absent unless the
 * caller sent them. Weights filled in by a default would count as "given by hand", and the run would
 * keep the default rankers instead of learning; the service fills in the defaults after deciding.
 */
export const analysisRequestSchema = analysisParamsSchema.extend({ weights: signalWeightsSchema.optional() });
export type AnalysisRequest = z.output<typeof analysisRequestSchema>;

/** How many of the newest complete runs to keep (DIAGONAL_KEEP_RUNS, `runs prune --keep`). */
export const keepRunsSchema = z.coerce
  .number({ error: "expected a whole number from 1 to 10000" })
  .int("expected a whole number from 1 to 10000")
  .min(1, "expected at least 1 (the latest run is always kept)")
  .max(10_000, "expected at most 10000");
