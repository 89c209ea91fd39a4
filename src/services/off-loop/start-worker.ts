// Starts a worker thread on one of the service's modules, or runs one for a single answer. In a
// development checkout (TypeScript sources) the thread registers tsx before loading the module,
// since a worker does not inherit the parent's loader; a built install runs the compiled file.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(import.meta.url);

/** The module `name` (without extension) of this folder, as this install has it. */
export const workerModule = (name: string): URL => new URL(`./${name}${extname(here)}`, import.meta.url);

export function startWorkerThread(module: URL, workerData: unknown): Worker {
  if (extname(here) !== ".ts") return new Worker(module, { workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Runs `module` in a fresh worker thread and answers the first message it posts; the worker then
 * ends, and the memory its work took goes with it. `what` names it when it stops without answering.
 */
export function runInWorker<T>(module: URL, workerData: unknown, what = `worker ${module.pathname}`): Promise<T> {
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
      if (!answered) reject(new Error(`the ${what} stopped (exit code ${code}) before it answered${failure ? `: ${failure.message}` : ""}`));
    });
  });
}
