// Analysis options from validated parameters (src/schemas/analysis.ts) plus what the service knows:
// pairs decided before, the previous run's community labels.
import { ANALYSIS_DEFAULTS, type AnalysisParams } from "../schemas/analysis.ts";
import { DEFAULT_WEIGHTS } from "./similarity.ts";
import type { AnalysisOptions } from "./types.ts";

export const DEFAULT_ANALYSIS_OPTIONS: AnalysisOptions = {
  ...ANALYSIS_DEFAULTS,
  weights: { ...DEFAULT_WEIGHTS },
  excludedPairs: new Set<string>(),
};

/** Analysis options from validated parameters plus what the service knows (rejections, previous labels). */
export function toAnalysisOptions(params: AnalysisParams, extra: Partial<Pick<AnalysisOptions, "excludedPairs" | "previousCommunities">> = {}): AnalysisOptions {
  // Time is considered when the run pairs running networks only (period "running", the default).
  const { now, period, ...rest } = params;
  return {
    ...rest,
    weights: { ...params.weights },
    excludedPairs: extra.excludedPairs ?? new Set(),
    ...(extra.previousCommunities ? { previousCommunities: extra.previousCommunities } : {}),
    ...(now !== undefined && period !== "all" ? { now } : {}),
  };
}
