// One analysis at a time per process, and the jobs that run them in the background. The lock is
// here and only here: runAnalysis (the CLI's foreground run, a job's run) takes it through
// exclusively(), synchronously when it is called; a job start checks it first, so a second start
// over HTTP is refused (409) at once instead of failing later in the background. Each start is a job with an id the client
// polls; when the job succeeds it names the stored run. Jobs are remembered in memory (the runs
// themselves are in Neo4j), the last few only.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { failureMessage } from "./failure-message.ts";
import type { JobJson } from "../../schemas/responses-analysis.ts";

/** A job as the API shows it, without the links the API adds. */
export type AnalysisJob = Omit<JobJson, "statusUrl" | "runUrl">;
export type JobState = AnalysisJob["state"];

export type StartAnalysis = (onProgress: (stage: string, done: number, total: number) => void) => Promise<{ id: string }>;

const KEPT_JOBS = 20;

/** When the analysis in progress in this process started. */
let inProgress: { since: string } | undefined;

function refuseWhileRunning(): void {
  if (inProgress) throw new ConflictError("an analysis is already running; try again when it has finished", { since: inProgress.since });
}

/**
 * What the last run still does after it was stored and visible (removing older runs, in its child
 * process): the next run starts when it is done, so a coordinator who starts one at once waits a
 * moment rather than being refused.
 */
let housekeeping: Promise<void> | undefined;

/** Registers the last run's work after it became visible (analysis-process.ts). */
export function afterRun(work: Promise<unknown>): void {
  const pending: Promise<void> = work.then(() => undefined, () => undefined).then(() => {
    if (housekeeping === pending) housekeeping = undefined;
  });
  housekeeping = pending;
}

/** Runs work as the process's one analysis (the lock is taken before the first await); a ConflictError while another one runs. */
export async function exclusively<T>(work: () => Promise<T>): Promise<T> {
  refuseWhileRunning();
  inProgress = { since: new Date().toISOString() };
  try {
    // Only when there is some: otherwise the work starts at once, within this call.
    if (housekeeping) await housekeeping;
    return await work();
  } finally {
    inProgress = undefined;
  }
}

export class AnalysisJobs {
  private jobs = new Map<string, AnalysisJob>();
  private running: Promise<void> | undefined;

  constructor(private logger: Logger) {}

  /** Starts a job; throws ConflictError while an analysis runs (a job's or the CLI's). */
  start(run: StartAnalysis): AnalysisJob {
    refuseWhileRunning();
    const job: AnalysisJob = { id: randomUUID(), state: "running", startedAt: new Date().toISOString() };
    this.jobs.set(job.id, job);
    while (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    this.running = run((stage, done, total) => Object.assign(job, { stage, done, total }))
      .then((result) => {
        Object.assign(job, { state: "succeeded", runId: result.id });
      })
      .catch((err: Error) => {
        this.logger.error({ err, job: job.id }, "analysis failed");
        Object.assign(job, { state: "failed", error: err.message, ...failureMessage(err, job.stage) });
      })
      .finally(() => {
        job.finishedAt = new Date().toISOString();
        this.running = undefined;
      });
    return { ...job };
  }

  get(jobId: string): AnalysisJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new NotFoundError("analysis job", jobId);
    return { ...job };
  }

  /** Resolves when no job is running (graceful shutdown, tests). */
  async idle(): Promise<void> {
    await this.running;
    await housekeeping;
  }
}
