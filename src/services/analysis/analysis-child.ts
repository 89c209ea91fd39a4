// The analysis as a child process of the HTTP service: it connects to the same Neo4j (the parent
// passes the connection in the environment), runs runAnalysis with the parameters it is sent, and
// reports progress and the stored run back over IPC. The service's event loop never waits on the
// analysis's computation, and the memory it took is returned to the system when the process ends.
import { connect } from "../../db/connect.ts";
import type { AnalysisParamsInput } from "./index.ts";
import { runAnalysis } from "./index.ts";
import type { AnalysisChildMessage } from "./analysis-process.ts";
import { failureMessage } from "./failure-message.ts";

const send = (m: AnalysisChildMessage) => new Promise<void>((resolve) => process.send!(m, undefined, undefined, () => resolve()));

process.once("message", async (message: { params: AnalysisParamsInput }) => {
  let code = 0;
  let stage: string | undefined;
  try {
    const db = await connect("cli");
    try {
      // "done" as soon as the run is visible; older runs are pruned after it, before this process ends.
      await runAnalysis(
        db, message.params,
        (s, done, total) => { stage = s; process.send!({ type: "progress", stage: s, done, total } satisfies AnalysisChildMessage); },
        (run) => send({ type: "done", runId: run.id }),
      );
    } finally {
      await db.close();
    }
  } catch (err) {
    code = 1;
    await send({ type: "failed", message: (err as Error).message, ...failureMessage(err, stage) });
  }
  process.disconnect();
  process.exitCode = code;
});
