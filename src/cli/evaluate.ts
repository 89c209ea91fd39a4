// `diagonal evaluate`: the backtest on the graph in Neo4j — partner and network recommendations for
// the networks that started after a cutoff, by the model an analysis run at the cutoff would store,
// next to the plain baselines of the same run, with an ablation (src/evaluation). Prints the tables,
// or JSON with --json.
import type { Command } from "commander";

export function register(program: Command) {
  program
    .command("evaluate")
    .description("Backtest the recommendations on the stored graph: learn before a cutoff date, predict the networks after it, compare with baselines")
    .option("--cutoff <date>", "split date YYYY-MM-DD (default: the date before which 80% of the networks started); moved to the nearest boundary between distinct start dates when it would split a year or month")
    .option("--history-share <share>", "share of networks before the cutoff when no date is given", "0.8")
    .option("--seed <n>", "seed of learning (as analyze --seed) and of sampling (default: the analysis default)")
    .option("--no-ablation", "skip refitting the model without each feature")
    .option("--max-queries <n>", "evaluate at most this many later networks (seeded sample)")
    .option("--k <n>", "cut-off rank of Hits, P and NDCG", "10")
    .option("--json", "print the report as JSON")
    .option("--task <task>", "recommendations (partners and networks; default) or contacts (introductions between organisations, as link prediction)", "recommendations")
    .action(async (raw: { cutoff?: string; historyShare: string; seed?: string; maxQueries?: string; k: string; json?: boolean; ablation: boolean; task: string }) => {
      if (raw.task !== "recommendations" && raw.task !== "contacts") {
        const { ValidationError } = await import("../errors.ts");
        throw new ValidationError(`--task: expected recommendations or contacts, got "${raw.task}"`);
      }
      const [{ connect }, { formatBacktest }, { evaluateStoredGraph, evaluationParams }] = await Promise.all([import("../db/index.ts"), import("../evaluation/report.ts"), import("../services/evaluation-service.ts")]);
      const input = { cutoff: raw.cutoff, historyShare: raw.historyShare, seed: raw.seed, maxQueries: raw.maxQueries, k: raw.k, ablation: raw.ablation };
      let params;
      try {
        params = evaluationParams(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
      } catch (err) {
        // Flag names for the schema's field names.
        if (err instanceof Error) err.message = err.message.replace(/\b(historyShare|maxQueries|cutoff|seed|k):/g, (_, f: string) => `--${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:`);
        throw err;
      }
      const db = await connect();
      if (raw.task === "contacts") {
        try {
          const [{ evaluateContactsOnStoredGraph }, { formatContactBacktest }] = await Promise.all([import("../services/contacts-evaluation-service.ts"), import("../evaluation/contacts-backtest.ts")]);
          const report = await evaluateContactsOnStoredGraph(db, params, (s) => console.error(`… ${s}`));
          console.log(raw.json ? JSON.stringify(report, null, 2) : formatContactBacktest(report));
        } finally {
          await db.close();
        }
        return;
      }
      try {
        const report = await evaluateStoredGraph(db, params, (s) => console.error(`… ${s}`));
        console.log(raw.json ? JSON.stringify(report, null, 2) : formatBacktest(report));
      } finally {
        await db.close();
      }
    });
}
