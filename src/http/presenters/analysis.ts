// Analysis results as the API shows them: explained suggestions (reasons in Dutch and English
// with their evidence), opportunities, runs, decisions. Only analysts and above receive them, so
// decision notes stay inside the team. Each picks its fields through its response schema.
import { rankerInfo } from "../../services/recommendation-service.ts";
import type { DecisionRecord, StoredOpportunity, StoredRun, StoredSuggestion } from "../../services/analysis/index.ts";
import type { AnalysisJob } from "../../services/analysis/jobs.ts";
import { DecisionEventOut, DecisionOut, JobOut, OpportunityOut, RunOut, SuggestionOut } from "../../schemas/responses-analysis.ts";
import { pick } from "./fields.ts";

/** What a suggestion shows of itself; the decision on its pair is read beside it. */
const SuggestionFields = SuggestionOut.omit({ decisionVersion: true, previousDecision: true });
const RunFields = RunOut.omit({ rankers: true });
const DecisionFields = DecisionOut.omit({ collaboration: true, history: true });
const JobFields = JobOut.omit({ statusUrl: true, runUrl: true });

export const presentSuggestion = (s: StoredSuggestion) => pick(SuggestionFields, s);

export const presentOpportunity = (o: StoredOpportunity) => pick(OpportunityOut, o);

/** A run's parameters without the sample of graph hashes its rankers were fitted on (kept to decide reuse; ~3 KB of noise to a reader). */
function publishedParams(params: StoredRun["params"]): StoredRun["params"] {
  const rankers = params.rankers as Record<string, unknown> | undefined;
  if (!rankers || typeof rankers !== "object" || !("fittedOn" in rankers)) return params;
  const { fittedOn: _fittedOn, ...kept } = rankers;
  return { ...params, rankers: kept };
}

export const presentRun = ({ rankers: _rankers, ...r }: StoredRun) => ({
  ...pick(RunFields, { ...r, params: publishedParams(r.params) }),
  ...(_rankers ? { rankers: { partners: rankerInfo(_rankers.partners), networks: rankerInfo(_rankers.networks) } } : {}),
});

export const presentDecision = (d: DecisionRecord) => ({
  ...pick(DecisionFields, d),
  collaboration: d.madeCollaboration ? ("made-by-accepting" as const) : ("none-made" as const),
  history: d.history.map((e) => pick(DecisionEventOut, e)),
});

/** A suggestion with the earlier decision on its pair, if there is one. */
export const presentSuggestionWithHistory = (s: StoredSuggestion, earlier: ReadonlyMap<string, DecisionRecord>) => {
  const d = earlier.get(s.pairKey);
  return { ...presentSuggestion(s), decisionVersion: d?.version ?? 0, ...(d ? { previousDecision: presentDecision(d) } : {}) };
};

export function presentJob(job: AnalysisJob) {
  return {
    ...pick(JobFields, job),
    statusUrl: `/api/v1/analysis/jobs/${job.id}`,
    ...(job.runId ? { runUrl: `/api/v1/analysis/runs/${job.runId}` } : {}),
  };
}
