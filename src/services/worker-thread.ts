// Runs a module in a fresh worker thread and answers the first message it posts; the worker then
// ends, and the memory its work took goes with it (off-loop/start-worker.ts starts it, in a
// development checkout through tsx).
import { startWorkerThread } from "./off-loop/start-worker.ts";

export function runInWorker<T>(module: URL, workerData: unknown): Promise<T> {
  const worker = startWorkerThread(module, workerData);
  return new Promise((resolve, reject) => {
    let answered = false, failure: Error | undefined;
    worker.on("message", (answer: T) => {
      answered = true;
      resolve(answer);
      void worker.terminate();
    });
    worker.on("error", (err) => { failure = err; });
    worker.on("exit", (code) => {
      if (!answered) reject(new Error(`the worker ${module.pathname} stopped (exit code ${code}) before it answered${failure ? `: ${failure.message}` : ""}`));
    });
  });
}
