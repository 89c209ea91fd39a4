// Runs an analysis in a child process (analysis-child.ts) for the HTTP service: the projection,
// Louvain, the rankers' training and the write-back take tens of seconds of CPU on a whole
// programme, and in the service's own process they stalled every other request (/healthz, the
// embeds) for seconds at a time. The child reports progress as it goes; its stored run is read
// back by the parent like any other run. In a development checkout (TypeScript sources) the child
// runs through tsx; a built install runs the compiled file.
import { fork } from "node:child_process";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../../db/connect.ts";
import type { AnalysisParamsInput } from "./index.ts";
import { AnalysisFailure, stoppedMessage, type FailureMessage } from "./failure-message.ts";
import { afterRun } from "./jobs.ts";
import { analysisChanged } from "./read-cache.ts";

export type AnalysisChildMessage =
  | { type: "progress"; stage: string; done: number; total: number }
  | { type: "done"; runId: string }
  | ({ type: "failed"; message: string } & FailureMessage);

const here = fileURLToPath(import.meta.url);
const CHILD = fileURLToPath(new URL(`./analysis-child${extname(here)}`, import.meta.url));

/** The connection a child process uses: the parent's own, whatever way it was found. */
export function childEnv(db: Database): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: db.config.uri,
    NEO4J_USER: db.config.user,
    NEO4J_PASSWORD: db.config.password,
    ...(db.database ? { NEO4J_DATABASE: db.database } : {}),
  };
}

export function runAnalysisInChild(db: Database, params: AnalysisParamsInput, onProgress: (stage: string, done: number, total: number) => void): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      env: childEnv(db),
      execArgv: CHILD.endsWith(".ts") ? ["--import", "tsx"] : [],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (s: string) => { stderr = (stderr + s).slice(-2000); });
    let outcome: AnalysisChildMessage | undefined;
    let stage: string | undefined;
    let exited!: () => void;
    child.on("message", (m: AnalysisChildMessage) => {
      if (outcome?.type === "done") return;
      if (m.type === "progress") { stage = m.stage; onProgress(m.stage, m.done, m.total); return; }
      outcome = m;
      if (m.type === "done") {
        // The run is stored and visible: the job has succeeded, and cached reads of this process are
        // dropped now. The child goes on removing older runs; the next run waits for it (jobs.ts).
        afterRun(new Promise<void>((done) => (exited = done)));
        analysisChanged(db);
        resolve({ id: m.runId });
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (outcome?.type === "done") {
        exited();
      } else if (outcome?.type === "failed") reject(new AnalysisFailure(outcome.message, { messageId: outcome.messageId, params: outcome.params }));
      else reject(new AnalysisFailure(`the analysis process stopped (${signal ?? `exit code ${code}`}) before it finished${stderr ? `: ${stderr.trim().split("\n").at(-1)}` : ""}`, stoppedMessage(stage)));
    });
    child.send({ params });
  });
}
