// The service's background fit of the contacts model, in a child process (contact-fit-child.ts) at
// the lowest CPU priority: the child reads the graph, chooses the model on the graph's own history
// and stores it (db/contact-model-store.ts); the stored fit comes back over IPC. On two cores a fit
// in the service's own threads (about 35 s of a core on a whole EU programme) slowed first reads and
// stalled /healthz for hundreds of milliseconds; at nice 19 it takes only the CPU nobody else wants.
import { fork } from "node:child_process";
import { setPriority } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Database } from "../../db/connect.ts";
import { storedContactModelSchema, type StoredContactModel } from "../../db/contact-model-store.ts";
import { childEnv } from "../analysis/analysis-process.ts";

export type ContactFitMessage = { type: "done"; model: unknown } | { type: "failed"; message: string };

const here = fileURLToPath(import.meta.url);
const CHILD = fileURLToPath(new URL(`./contact-fit-child${extname(here)}`, import.meta.url));
/** The child's priority: the lowest (Linux nice 19). */
const LOWEST_PRIORITY = 19;

export function fitContactModelInChild(db: Pick<Database, "config" | "database">): Promise<StoredContactModel> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      env: childEnv(db as Database),
      execArgv: CHILD.endsWith(".ts") ? ["--import", "tsx"] : [],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    try {
      if (child.pid !== undefined) setPriority(child.pid, LOWEST_PRIORITY);
    } catch {
      // Not allowed here: the fit still runs, at the normal priority.
    }
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (s: string) => { stderr = (stderr + s).slice(-2000); });
    let outcome: ContactFitMessage | undefined;
    child.on("message", (m: ContactFitMessage) => { outcome = m; });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (outcome?.type === "done") resolve(storedContactModelSchema.parse(outcome.model));
      else if (outcome?.type === "failed") reject(new Error(outcome.message));
      else reject(new Error(`the contacts model fit stopped (${signal ?? `exit code ${code}`})${stderr ? `: ${stderr.trim().split("\n").at(-1)}` : ""}`));
    });
    child.send({ fit: true });
  });
}
