// Runs a module in a fresh worker thread and answers the first message it posts; the worker then
// ends, and the memory its work took goes with it. In a development checkout (TypeScript sources)
// the worker loads its module through tsx, which a worker thread does not inherit from its parent;
// a built install runs the compiled file.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export function runInWorker<T>(module: URL, workerData: unknown): Promise<T> {
  let worker: Worker;
  if (extname(fileURLToPath(module)) === ".ts") {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href;
    worker = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(module.href)}); });`, { eval: true, workerData });
  } else worker = new Worker(module, { workerData });
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
