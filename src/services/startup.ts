// What `npm start` does before serving: an empty database gets the illustrative fixtures; a database
// with data is never re-imported (that would revert a coordinator's edits). An analysis runs only
// when the data changed since the latest complete run (its stored data version: the graph's
// fingerprint and the number of decisions), so restarting the service adds no run.
import { readQuery } from "../db/index.ts";
import type { Database } from "../db/index.ts";
import { listDecisions } from "./analysis/decisions.ts";
import { latestRun } from "./analysis/queries.ts";
import { dataVersion, runAnalysis, type RunProgress } from "./analysis/index.ts";
import { importPath, recoverImports } from "./import-service.ts";
import { projectGraph } from "./projection.ts";

export interface StartupReport {
  imported: boolean;
  analysed: boolean;
  /** Why the analysis ran or did not, in a sentence. */
  reason: string;
  runId?: string;
}

export async function prepareToServe(db: Database, opts: { fixtures: string; onProgress?: RunProgress; log?: (line: string) => void }): Promise<StartupReport> {
  const log = opts.log ?? (() => {});
  // A staged import left by a killed process is undone first: its rows must not count as data.
  const recovered = await recoverImports(db);
  if (recovered.undone.length > 0) log(`undid unfinished staged imports: ${recovered.undone.join(", ")}`);
  const [{ n } = { n: 0 }] = await readQuery<{ n: number }>(db.driver, "entities/domain-count", {}, db.database);
  let imported = false;
  if (n === 0) {
    log(`the database is empty: importing ${opts.fixtures}`);
    await importPath(db, opts.fixtures, { by: "diagonal start (fixtures)" });
    imported = true;
  }
  const [previous, graph, decisions] = await Promise.all([latestRun(db), projectGraph(db), listDecisions(db)]);
  const current = dataVersion(graph, decisions.length);
  if (previous && previous.params.dataVersion === current) {
    return { imported, analysed: false, reason: `the data has not changed since run ${previous.id}`, runId: previous.id };
  }
  const reason = previous ? `the data changed since run ${previous.id}` : "there is no analysis run yet";
  log(`analysing: ${reason}`);
  const run = await runAnalysis(db, {}, opts.onProgress);
  return { imported, analysed: true, reason, runId: run.id };
}
