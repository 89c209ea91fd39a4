// `diagonal suggest <project>`: the best collaboration suggestions for one learning network, with
// their reasons in Dutch or English, from the latest analysis run.
import type { Command } from "commander";
import { z } from "zod";
import { connect } from "../db/index.ts";
import { getSuggestions } from "../services/analysis/index.ts";

const suggestFlagsSchema = z.object({
  limit: z.coerce.number({ error: "--limit: expected a whole number from 1 to 500" }).int("--limit: expected a whole number from 1 to 500").min(1, "--limit: expected a whole number from 1 to 500").max(500, "--limit: expected a whole number from 1 to 500"),
  lang: z.enum(["nl", "en"], { error: "--lang: expected nl or en" }),
  diagonal: z.boolean().optional(),
});

export function register(program: Command) {
  program
    .command("suggest")
    .description("Show the best collaboration suggestions for a project, with reasons")
    .argument("<project>", "project id")
    .option("--limit <n>", "number of suggestions", "5")
    .option("--lang <lang>", "language of the reasons: nl or en", "nl")
    .option("--diagonal", "only pairs across communities or themes")
    .action(async (project: string, raw: Record<string, unknown>) => {
      const parsed = suggestFlagsSchema.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
      const f = parsed.data;
      const db = await connect();
      try {
        const list = await getSuggestions(db, { project, limit: f.limit, diagonalOnly: f.diagonal ?? false });
        if (list.length === 0) {
          console.log(f.lang === "nl" ? `Geen suggesties voor ${project} (nog geen analyse, of alle paren beslist).` : `No suggestions for ${project} (no analysis yet, or every pair decided).`);
          return;
        }
        list.forEach((s, i) => {
          const [otherId, otherName] = s.a === project ? [s.b, s.bName] : [s.a, s.aName];
          console.log(`${i + 1}. ${otherName ?? otherId} (${otherId})  score ${s.score.toFixed(3)}${s.diagonal ? "  ◆ diagonal" : ""}`);
          for (const r of s.reasons[f.lang]) console.log(`   - ${r}`);
          console.log(`   id: ${s.id}`);
        });
      } finally {
        await db.close();
      }
    });
}
