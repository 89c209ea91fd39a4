// `diagonal runs [--diff A B]`: the stored analysis runs, or what changed between two of them.
import type { Command } from "commander";
import { z } from "zod";
import { connect } from "../db/index.ts";
import { diffRuns, listRuns } from "../services/analysis/index.ts";

const runsFlagsSchema = z.object({
  diff: z.array(z.string().trim().min(1)).length(2, "--diff: expected two run ids: --diff <from> <to>").optional(),
});

export function register(program: Command) {
  program
    .command("runs")
    .description("List analysis runs, or compare two with --diff")
    .option("--diff <runs...>", "compare two runs: --diff <from> <to>")
    .action(async (raw: Record<string, unknown>) => {
      const parsed = runsFlagsSchema.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
      const db = await connect();
      try {
        if (parsed.data.diff) {
          const [from, to] = parsed.data.diff as [string, string];
          const d = await diffRuns(db, from, to);
          console.log(`from ${d.from} to ${d.to}`);
          console.log(`new suggestions: ${d.added.length}`);
          for (const s of d.added.slice(0, 20)) console.log(`  + #${s.rank} ${s.a} ↔ ${s.b} (${s.score.toFixed(3)})`);
          console.log(`dropped suggestions: ${d.dropped.length}`);
          for (const s of d.dropped.slice(0, 20)) console.log(`  - #${s.rank} ${s.a} ↔ ${s.b} (${s.score.toFixed(3)})`);
          console.log(`moved suggestions: ${d.moved.length}`);
          for (const s of d.moved.slice(0, 20)) console.log(`  ~ ${s.a} ↔ ${s.b}: #${s.fromRank} → #${s.toRank} (${s.fromScore.toFixed(3)} → ${s.toScore.toFixed(3)})`);
          console.log(`community changes: ${d.communityChanges.length}`);
          for (const c of d.communityChanges.slice(0, 20)) console.log(`  ${c.project}: ${c.from ?? "-"} → ${c.to ?? "-"}`);
          return;
        }
        const runs = await listRuns(db);
        if (runs.length === 0) console.log("No analysis runs yet: run `diagonal analyze`.");
        for (const r of runs) {
          console.log(`${r.id}  ${r.startedAt}  projects ${r.counts.projects ?? "?"}  communities ${r.counts.communities ?? "?"}  modularity ${r.modularity.toFixed(3)}  suggestions ${r.counts.suggestions ?? "?"}`);
        }
      } finally {
        await db.close();
      }
    });
}
