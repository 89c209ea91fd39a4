// Analyses started over HTTP run in the background inside the service, one at a time: a second
// start while one runs is refused (409). Each start is a job with an id the client polls; when
// the job succeeds it names the stored run. Jobs are remembered in memory (the runs themselves
// are in Neo4j), the last few only.
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { ConflictError, NotFoundError } from "../errors.ts";

export type JobState = "running" | "succeeded" | "failed";

export interface AnalysisJob {
  id: string;
  state: JobState;
  startedAt: string;
  finishedAt?: string;
  stage?: string;
  done?: number;
  total?: number;
  runId?: string;
  error?: string;
}

export type StartAnalysis = (onProgress: (stage: string, done: number, total: number) => void) => Promise<{ id: string }>;

const KEPT_JOBS = 20;

export class AnalysisRunner {
  private jobs = new Map<string, AnalysisJob>();
  private running: Promise<void> | undefined;

  constructor(private logger: Logger) {}

  /** Starts a job; throws ConflictError while another one runs. */
  start(run: StartAnalysis): AnalysisJob {
    const busy = [...this.jobs.values()].find((j) => j.state === "running");
    if (busy) throw new ConflictError(`an analysis is already running (job ${busy.id}); wait for it to finish`, { job: busy.id });
    const job: AnalysisJob = { id: randomUUID(), state: "running", startedAt: new Date().toISOString() };
    this.jobs.set(job.id, job);
    while (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    this.running = run((stage, done, total) => Object.assign(job, { stage, done, total }))
      .then((result) => {
        Object.assign(job, { state: "succeeded", runId: result.id });
      })
      .catch((err: Error) => {
        this.logger.error({ err, job: job.id }, "analysis failed");
        Object.assign(job, { state: "failed", error: err.message });
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
  }
}
