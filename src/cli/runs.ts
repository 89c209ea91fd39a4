// `diagonal runs [--diff A B]`, `diagonal runs prune [--keep N]`: the stored analysis runs (with the
// weights their recommendations rank by), what changed between
// two of them, or pruning old ones (the newest N and every run a decision refers to are kept).
import type { Command } from "commander";
import { z } from "zod";
import { keepRunsSchema } from "../schemas/analysis.ts";
import { parseFlags } from "./flags.ts";

const runsFlagsSchema = z.object({
  prune: z.boolean().optional(),
  keep: keepRunsSchema.optional(),
  diff: z.array(z.string().trim().min(1)).length(2, "--diff: expected two run ids: --diff <from> <to>").optional(),
});

export function register(program: Command) {
  program
    .command("runs")
    .description("List analysis runs, or compare two with --diff")
    .option("--diff <runs...>", "compare two runs: --diff <from> <to>")
    .option("--prune", "remove runs beyond the newest --keep (default DIAGONAL_KEEP_RUNS or 20), keeping every run a decision refers to")
    .option("--keep <n>", "with prune: how many of the newest runs to keep")
    .argument("[action]", "prune: remove old runs (the same as --prune)")
    .action(async (action: string | undefined, raw: Record<string, unknown>) => {
      const [{ connect }, { diffRuns, getRun, keptRuns, listRuns, pruneRuns }, { describeRanker }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts"), import("../services/recommendation-service.ts")]);
      if (action !== undefined && action !== "prune") throw new Error(`runs: expected no action or "prune", got "${action}"`);
      if (action === "prune") raw.prune = true;
      const flags = parseFlags(runsFlagsSchema, raw);
      const db = await connect();
      try {
        if (flags.diff) {
          const [from, to] = flags.diff as [string, string];
          const d = await diffRuns(db, from, to);
          console.log(`from ${d.from} to ${d.to}`);
          console.log(`new suggestions: ${d.added.length}`);
          for (const s of d.added.slice(0, 20)) console.log(`  + #${s.rank} ${s.a} ↔ ${s.b} (${s.score.toFixed(3)})`);
          console.log(`dropped suggestions: ${d.dropped.length}`);
          for (const s of d.dropped.slice(0, 20)) console.log(`  - #${s.rank} ${s.a} ↔ ${s.b} (${s.score.toFixed(3)})${s.decided ? ` — ${s.decided.decision} on ${s.decided.decidedAt.slice(0, 10)}` : ""}`);
          console.log(`moved suggestions: ${d.moved.length}`);
          for (const s of d.moved.slice(0, 20)) console.log(`  ~ ${s.a} ↔ ${s.b}: #${s.fromRank} → #${s.toRank} (${s.fromScore.toFixed(3)} → ${s.toScore.toFixed(3)})`);
          console.log(`community changes: ${d.communityChanges.length}`);
          for (const c of d.communityChanges.slice(0, 20)) console.log(`  ${c.project}: ${c.from ?? "-"} → ${c.to ?? "-"}`);
          return;
        }
        if (raw.prune) {
          const pruned = await pruneRuns(db, flags.keep ?? keptRuns());
          for (const r of pruned) console.log(`removed run ${r.id} (${r.results} suggestions and opportunities)`);
          console.log(`${pruned.length} run${pruned.length === 1 ? "" : "s"} removed; the newest ${flags.keep ?? keptRuns()} and every run a decision refers to are kept`);
          return;
        }
        const runs = await listRuns(db);
        if (runs.length === 0) console.log("No analysis runs yet: run `diagonal analyze`.");
        for (const [i, r] of runs.entries()) {
          console.log(`${r.id}  ${r.startedAt}  projects ${r.counts.projects ?? "?"}  communities ${r.counts.communities ?? "?"}  modularity ${r.modularity.toFixed(3)}  suggestions ${r.counts.suggestions ?? "?"}`);
          // The list leaves the models out (large JSON per run): the newest run's are read on their own.
          const rankers = i === 0 ? (await getRun(db, r.id)).rankers : undefined;
          if (rankers) for (const task of ["partners", "networks"] as const) console.log(`  ${task.padEnd(8)} ${describeRanker(rankers[task])}`);
        }
      } finally {
        await db.close();
      }
    });
}
