// What an analysis run takes and gives back. The analysis functions are pure: they receive a
// DiagonalGraph (graph.ts) and these options, and return these results; the service layer
// persists them in Neo4j and the API and CLI present them.
import type { OpportunityJson, ReasonsJson, SuggestionJson } from "../schemas/responses-analysis.ts";

/** Weights of the similarity signals; each signal is normalised to 0..1 before weighting. */
export interface SignalWeights {
  themes: number;
  partners: number;
  text: number;
  outcomes: number;
  complementarity: number;
}

export type SignalName = keyof SignalWeights;

export interface AnalysisOptions {
  /** Seed for every random choice (Louvain); same data + same options → same result. */
  seed: number;
  /** Louvain resolution (> 0); higher gives more, smaller communities. */
  resolution: number;
  weights: SignalWeights;
  /** Favour pairs across communities or themes when scores are close. */
  diagonal: boolean;
  /** Suggestions kept per project. */
  suggestionsPerProject: number;
  /** Pairs never to suggest (already rejected and unchanged), as "a|b" with a < b. */
  excludedPairs: ReadonlySet<string>;
  /** Community labels of the previous run (projectId → label), for stable numbering. */
  previousCommunities?: ReadonlyMap<string, number>;
  /**
   * The day the run looks from (YYYY-MM-DD). Given, suggestions pair only networks that run now or
   * will and whose periods overlap, and past networks become "learn-from" opportunities
   * (network-periods.ts); absent, time is not considered.
   */
  now?: string;
}

/** Why, in Dutch and English: declared with the API's answers (src/schemas/responses-analysis.ts). */
export type Reasons = ReasonsJson;

/**
 * A suggested pair as the analysis makes it: the fields the API shows of it (a < b; score; diagonal:
 * a and b are in different communities or share no main theme; reasons and their evidence) come
 * from the API's schema, so a field renamed there is renamed here.
 */
export type Suggestion = Pick<SuggestionJson, "a" | "b" | "score" | "diagonal" | "reasons" | "evidence"> & {
  /** Each signal's weighted contribution to the score (they add up to score, before the diagonal bonus). */
  signals: Record<SignalName, number>;
  /** A fingerprint of the pair's data, to tell whether a rejected pair changed materially. */
  fingerprint: string;
};

/** Declared with the query that filters by it (src/schemas/suggestion.ts). */
export type { OpportunityKind } from "../schemas/index.ts";

/**
 * An opportunity as the analysis finds it: the API's opportunity without the stored run's ids. Its
 * key is stable within a run (kind + subject ids); subjects are the ids it is about (their names are
 * added when it is read).
 */
export type Opportunity = Omit<OpportunityJson, "id" | "runId">;

export interface CommunityAssignment {
  projectId: string;
  community: number;
}

export interface AnalysisResult {
  modularity: number;
  communities: CommunityAssignment[];
  suggestions: Suggestion[];
  opportunities: Opportunity[];
  counts: { projects: number; partners: number; themes: number; outcomes: number; candidatePairs: number; communities: number };
}

/** Stage names reported through onProgress, in order. */
export const ANALYSIS_STAGES = ["similarity", "communities", "suggestions", "opportunities"] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];
export type ProgressListener = (stage: AnalysisStage, done: number, total: number) => void;
