// What an analysis run takes and gives back. The analysis functions are pure: they receive a
// DiagonalGraph (graph.ts) and these options, and return these results; the service layer
// persists them in Neo4j and the API and CLI present them.

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

export interface Reasons {
  nl: string[];
  en: string[];
}

export interface Suggestion {
  /** Project ids, a < b. */
  a: string;
  b: string;
  score: number;
  /** Each signal's weighted contribution to the score (they add up to score, before the diagonal bonus). */
  signals: Record<SignalName, number>;
  /** True when a and b are in different communities or share no main theme. */
  diagonal: boolean;
  reasons: Reasons;
  /** The evidence behind the reasons, for presenters and the API. */
  evidence: {
    sharedThemes: string[];
    sharedPartners: string[];
    topTerms: string[];
    complementarity: string[];
  };
  /** A fingerprint of the pair's data, to tell whether a rejected pair changed materially. */
  fingerprint: string;
}

/** Declared with the query that filters by it (src/schemas/suggestion.ts). */
export type { OpportunityKind } from "../schemas/index.ts";
import type { OpportunityKind } from "../schemas/index.ts";

export interface Opportunity {
  kind: OpportunityKind;
  /** Stable within a run: kind + subject ids. */
  key: string;
  score: number;
  /** The ids the opportunity is about (a partner, a project, a theme, an outcome and a project…). */
  subjects: { type: "project" | "partner" | "theme" | "outcome"; id: string }[];
  reasons: Reasons;
  details: Record<string, unknown>;
}

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
