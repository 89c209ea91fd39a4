// `diagonal suggest <project>`: the best collaboration suggestions for one learning network, with
// their reasons in Dutch or English, from the latest analysis run.
import type { Command } from "commander";
import { z } from "zod";
import { languageSchema } from "../schemas/fields.ts";
import { suggestionQuerySchema } from "../schemas/index.ts";
import { parseFlags } from "./flags.ts";

const suggestFlagsSchema = suggestionQuerySchema.pick({ limit: true, diagonalOnly: true }).extend({ lang: languageSchema, project: z.string() });

export function register(program: Command) {
  program
    .command("suggest")
    .description("Show the best collaboration suggestions for a project, with reasons")
    .argument("<project>", "project id")
    .option("--limit <n>", "number of suggestions", "5")
    .option("--lang <lang>", "language of the reasons: nl or en", "nl")
    .option("--diagonal", "only pairs across communities or themes")
    .action(async (project: string, raw: { limit?: string; lang?: string; diagonal?: boolean }) => {
      const f = parseFlags(suggestFlagsSchema, { limit: raw.limit, lang: raw.lang, diagonalOnly: raw.diagonal ?? false, project });
      const [{ connect }, { getSuggestions }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const db = await connect();
      try {
        const list = await getSuggestions(db, { project, limit: f.limit, diagonalOnly: f.diagonalOnly });
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
