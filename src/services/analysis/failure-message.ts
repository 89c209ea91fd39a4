// Why an analysis job failed, as a message id with parameters (src/errors.ts JOB_MESSAGES, or the
// problem id of a domain error), so the workspace says it in its reader's language; the job keeps
// the English `error` beside it. A failure in the analysis's child process crosses over IPC as
// this message, since the error's class does not.
import { DomainError, ValidationError, type JobMessageId, type MessageParams, type ProblemId } from "../../errors.ts";

export interface FailureMessage {
  messageId: JobMessageId | ProblemId;
  params: MessageParams;
}

/** An error that already says which message it is (one that came back from the child process). */
export class AnalysisFailure extends Error {
  constructor(message: string, readonly said: FailureMessage) {
    super(message);
    this.name = "AnalysisFailure";
  }
}

/** The message for an analysis that failed with `err` during `stage` (the last stage it reported). */
export function failureMessage(err: unknown, stage?: string): FailureMessage {
  if (err instanceof AnalysisFailure) return err.said;
  // analyseAndStore refuses a graph of fewer than two projects with the count as the value.
  if (err instanceof ValidationError && err.field === "projects") return { messageId: "analysis-failed.too-few-projects", params: { count: Number(err.fields[0]?.value ?? 0) } };
  if (err instanceof DomainError) return { messageId: err.problem, params: {} };
  return { messageId: "analysis-failed", params: { stage: stage ?? "" } };
}

/** The child process ended without saying how its analysis went (killed, out of memory). */
export const stoppedMessage = (stage?: string): FailureMessage => ({ messageId: "analysis-failed.stopped", params: { stage: stage ?? "" } });
