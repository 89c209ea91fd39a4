// The contacts model's background fit as a child process (contact-fit-process.ts): it connects to
// the same Neo4j (the parent passes the connection in the environment), reads the graph, fits the
// model on the graph's own history, stores it, and sends the stored fit back over IPC.
import { connect } from "../../db/connect.ts";
import { fitAndStoreGraph } from "../contact-model-service.ts";
import { projectGraph } from "../projection.ts";
import type { ContactFitMessage } from "./contact-fit-process.ts";

const send = (m: ContactFitMessage) => new Promise<void>((resolve) => process.send!(m, undefined, undefined, () => resolve()));

process.once("message", async () => {
  let code = 0;
  try {
    const db = await connect("cli");
    try {
      await send({ type: "done", model: await fitAndStoreGraph(db, await projectGraph(db)) });
    } finally {
      await db.close();
    }
  } catch (err) {
    code = 1;
    await send({ type: "failed", message: (err as Error).message });
  }
  process.disconnect();
  process.exitCode = code;
});
