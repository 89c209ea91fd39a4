// Analysis results as the API shows them: explained suggestions (reasons in Dutch and English
// with their evidence), opportunities, runs, decisions. Only analysts and above receive them, so
// decision notes stay inside the team.
import { rankerInfo } from "../../services/recommendation-service.ts";
import type { DecisionRecord, StoredOpportunity, StoredRun, StoredSuggestion } from "../../services/analysis/index.ts";
import type { AnalysisJob } from "../../services/analysis/jobs.ts";
import { only } from "./fields.ts";

export const presentSuggestion = (s: StoredSuggestion) =>
  only(s, ["id", "runId", "a", "b", "aName", "bName", "aStatus", "bStatus", "aStart", "aEnd", "bStart", "bEnd", "rank", "score", "diagonal", "signals", "reasons", "evidence", "communities", "networks"]);

export const presentOpportunity = (o: StoredOpportunity) => only(o, ["id", "runId", "kind", "key", "score", "subjects", "reasons", "details"]);

export const presentRun = ({ rankers: _rankers, ...r }: StoredRun) => ({
  ...only(r, ["id", "startedAt", "finishedAt", "params", "modularity", "counts"]),
  ...(_rankers ? { rankers: { partners: rankerInfo(_rankers.partners), networks: rankerInfo(_rankers.networks) } } : {}),
});

export const presentDecision = (d: DecisionRecord) => ({
  ...only(d, ["pairKey", "suggestionId", "runId", "a", "b", "aName", "bName", "decision", "note", "decidedAt", "decidedBy", "version", "orphaned"]),
  collaboration: d.madeCollaboration ? ("made-by-accepting" as const) : ("none-made" as const),
  history: d.history.map((e) => only(e, ["action", "decision", "note", "by", "at", "previous", "version", "undoes", "undoneAt", "undoneBy", "suggestionId", "runId", "score"])),
});

/** A suggestion with the earlier decision on its pair, if there is one. */
export const presentSuggestionWithHistory = (s: StoredSuggestion, earlier: ReadonlyMap<string, DecisionRecord>) => {
  const d = earlier.get(s.pairKey);
  return { ...presentSuggestion(s), decisionVersion: d?.version ?? 0, ...(d ? { previousDecision: presentDecision(d) } : {}) };
};

export function presentJob(job: AnalysisJob) {
  return {
    ...only(job, ["id", "state", "startedAt", "finishedAt", "stage", "done", "total", "runId", "error", "messageId", "params"]),
    statusUrl: `/api/v1/analysis/jobs/${job.id}`,
    ...(job.runId ? { runUrl: `/api/v1/analysis/runs/${job.runId}` } : {}),
  };
}
