// The analysis service: runs the pure analysis (src/analysis) on the stored graph and keeps every
// run's results in Neo4j, with decisions on suggested pairs that survive reruns. This file is the
// entry point the HTTP API and the CLI call; reads and decisions live in analysis-*.ts beside it.
import { randomBytes } from "node:crypto";
import { analyzeGraphInStages } from "../../analysis/analyze.ts";
import { nameCommunities } from "../../analysis/community-names.ts";
import { graphFingerprint } from "../../analysis/graph-fingerprint.ts";
import { graphSummary } from "../../analysis/graph-sketch.ts";
import type { AnalysisStage, SignalWeights } from "../../analysis/types.ts";
import { analysisParamsSchema, suggestionPeriod, type AnalysisParams, type SuggestionPeriod } from "../../schemas/analysis.ts";
import { toAnalysisOptions } from "../../analysis/options.ts";
import { today } from "../../analysis/network-periods.ts";
import type { Db } from "../entities/store.ts";
import { ConfigError, ValidationError } from "../../errors.ts";
import { exclusively } from "./jobs.ts";
import { excludedPairs, listDecisions } from "./decisions.ts";
import { communityMap, latestRun, validated } from "./queries.ts";
import type { NewRun, RunSummary } from "./records.ts";
import { analysisChanged } from "./read-cache.ts";
import { discardStaleRuns } from "./store.ts";
import { openRunWriter, type RunWriter } from "./run-writer.ts";
import { THIS_WRITER } from "../../db/index.ts";
import { projectGraph } from "../projection.ts";
import { runRankers } from "./run-rankers.ts";
// A turn of the event loop, so that writes under way go out between two steps computed here.
import { setImmediate as turn } from "node:timers/promises";

export { deleteRun, keptRuns, pruneRuns } from "./retention.ts";
export { discardStaleRuns } from "./store.ts";
export { decisionsOfPairs, findDecisions, getDecision, listDecisions, pairOfSuggestion } from "./decisions.ts";
export { decideSuggestion, redecidePair, undoDecision } from "./decision-steps.ts";
export { withSubjectNames } from "./subject-names.ts";
export { countSuggestions, diffRuns, getCommunities, getOpportunities, getRun, getSuggestions, listRuns } from "./queries.ts";
export type { RunCommunity } from "./queries.ts";
export type { DecisionEvent, DecisionRecord, RunDiff, RunSummary, StoredOpportunity, StoredRun, StoredSuggestion } from "./records.ts";
import { pruneRuns } from "./retention.ts";
export type { AnalysisParams };
/** What callers may pass: any subset of the parameters, weights too. */
export type AnalysisParamsInput = Omit<Partial<AnalysisParams>, "weights"> & { weights?: Partial<SignalWeights> };

/** The stages of a whole run: reading the graph, the analysis's own stages, writing the results. */
// "pruning": the run is stored and visible; older runs beyond the retention setting are removed.
export type RunStage = "projection" | AnalysisStage | "learning" | "writing" | "pruning";
export type RunProgress = (stage: RunStage, done: number, total: number) => void;
/** Called once the run is stored and visible, before older runs are pruned. */
export type RunStored = (summary: RunSummary) => void | Promise<void>;

/** The caller's params over the defaults (missing weights keep theirs), validated. */
export function analysisParams(params: AnalysisParamsInput = {}): AnalysisParams {
  const given = Object.fromEntries(Object.entries(params ?? {}).filter(([, v]) => v !== undefined));
  return validated(analysisParamsSchema, given, "analysis parameters");
}

/** DIAGONAL_SUGGESTION_PERIOD (running or all), validated; "running" when unset. */
export function defaultSuggestionPeriod(env: NodeJS.ProcessEnv = process.env): SuggestionPeriod {
  const raw = env.DIAGONAL_SUGGESTION_PERIOD;
  if (raw === undefined || raw.trim() === "") return "running";
  const parsed = suggestionPeriod.safeParse(raw.trim());
  if (!parsed.success) throw new ConfigError(`invalid environment:\n  DIAGONAL_SUGGESTION_PERIOD: expected running or all (got ${JSON.stringify(raw)})`);
  return parsed.data;
}

const newRunId = (at: Date) => `run-${at.toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;

/**
 * Reads the graph, analyses it and stores the run. Rejected pairs whose data did not change are
 * excluded, accepted pairs too (they collaborate now); community labels follow the latest run.
 * Fewer than two projects is a ValidationError and nothing is written; a second run while one is in
 * progress is a ConflictError.
 */
export async function runAnalysis(db: Db, params: AnalysisParamsInput = {}, onProgress?: RunProgress, onStored?: RunStored): Promise<RunSummary> {
  // "Now" is part of the run: given, or today; the run stores it, so its suggestions can be explained later.
  const given = analysisParams(params);
  const p = { ...given, now: given.now ?? today(), period: given.period ?? defaultSuggestionPeriod() };
  // Weights given by hand override the learned ones (the run's recommenders then rank by the blend).
  const weightsGiven = params?.weights !== undefined;
  // One run at a time per process (jobs.ts holds the lock): a second one would only repeat the
  // same work and the same labels.
  return exclusively(() => analyseAndStore(db, p, weightsGiven, onProgress, onStored));
}

/** What the analysis read: the graph and the number of decisions (a decision excludes pairs). */
export function dataVersion(graph: Parameters<typeof graphFingerprint>[0], decisions: number, fingerprint = graphFingerprint(graph)): string {
  return `${fingerprint}.d${decisions}`;
}

async function analyseAndStore(db: Db, p: AnalysisParams, weightsGiven: boolean, onProgress?: RunProgress, onStored?: RunStored): Promise<RunSummary> {
  const started = new Date();
  await discardStaleRuns(db);
  // The projected graph lives only inside analyse(): it is garbage before the last results are
  // written, so the writing stage (the run's memory peak) holds the results alone.
  const { run, writer } = await analyse(db, p, weightsGiven, started, onProgress);
  const { finishedAt } = await writer.finish(run, (done, total) => onProgress?.("writing", done, total));
  // Lists read in this process follow the new run at once.
  analysisChanged(db);
  // The run's time is until it is stored and visible: what a coordinator waits for.
  const { communityNames: _names, ...rest } = run;
  const summary: RunSummary = { ...rest, finishedAt, seconds: (Date.now() - started.getTime()) / 1000 };
  await onStored?.(summary);
  // Retention: older runs beyond the setting go, in small batches (never one a decision refers to).
  // Housekeeping after the run is visible; the next run starts only when it is done (jobs.ts).
  onProgress?.("pruning", 0, 1);
  await pruneRuns(db);
  onProgress?.("pruning", 1, 1);
  return summary;
}

/**
 * Projects the stored graph and analyses it: the run to store, and the writer that is storing its
 * results already. Communities are written once the pairs are chosen, suggestions as they are
 * explained, while the rest of the suggestions, the opportunities and the rankers are computed
 * (run-writer.ts); what is known only at the end (counts, rankers, names) completes the run. A
 * failure here removes what was written.
 */
async function analyse(db: Db, p: AnalysisParams, weightsGiven: boolean, started: Date, onProgress?: RunProgress): Promise<{ run: NewRun; writer: RunWriter }> {
  onProgress?.("projection", 0, 1);
  const graph = await projectGraph(db);
  onProgress?.("projection", 1, 1);
  const projects = graph.filterNodes((_k, a) => a.type === "project").length;
  if (projects < 2) {
    throw new ValidationError(`nothing to analyse: an analysis needs at least two projects, and the database holds ${projects}`, "projects", projects);
  }

  const previous = await latestRun(db);
  const decisions = await listDecisions(db);
  const excluded = excludedPairs(decisions, graph);
  const options = toAnalysisOptions(p, {
    excludedPairs: excluded,
    ...(previous ? { previousCommunities: await communityMap(db, previous.id) } : {}),
  });
  const id = newRunId(started);
  const writer = await openRunWriter(db, { id, startedAt: started.toISOString(), finishedAt: started.toISOString() }, THIS_WRITER);
  try {
    const result = await analyzeGraphInStages(graph, options, { chosen: (found) => writer.chosen(found), explained: (first, found) => writer.suggestions(first, found) }, onProgress);
    writer.opportunities(result.opportunities);
    onProgress?.("learning", 0, 1);
    await turn();
    const { fingerprint, sketch } = graphSummary(graph);
    await turn();
    // Learning reads only the graph, the decisions, the seed and the weights: with all but the graph
    // unchanged since the previous run and the graph barely changed, its rankers are reused
    // (run-rankers.ts), and the run says so.
    const { rankers, provenance } = runRankers({ graph, graphFingerprint: fingerprint, graphSketch: sketch, params: p, weightsGiven, decisions, previous });
    await turn();
    const communityNames = nameCommunities(graph, result.communities);
    onProgress?.("learning", 1, 1);

    const run: NewRun = {
      id,
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(), // replaced when the run is complete
      params: { ...p, excludedPairs: excluded.size, previousRun: previous?.id ?? null, dataVersion: dataVersion(graph, decisions.length, fingerprint), rankers: provenance },
      modularity: result.modularity,
      counts: { ...result.counts, suggestions: result.suggestions.length, opportunities: result.opportunities.length, excludedPairs: excluded.size },
      rankers,
      communityNames,
    };
    return { run, writer };
  } catch (err) {
    await writer.discard();
    throw err;
  }
}
