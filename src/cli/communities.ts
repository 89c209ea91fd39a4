// `diagonal communities [--run ID] [--lang nl|en] [--projects N]`: the communities of an analysis run
// (the latest by default), each with its name — its most characteristic themes — and its networks.
import type { Command } from "commander";
import { z } from "zod";
import { languageSchema } from "../schemas/fields.ts";
import { parseFlags } from "./flags.ts";

const communitiesFlagsSchema = z.object({
  run: z.string().trim().min(1, "--run: expected a run id").optional(),
  lang: languageSchema,
  projects: z.coerce.number({ error: "--projects: expected a whole number ≥ 0" }).int("--projects: expected a whole number ≥ 0").min(0, "--projects: expected a whole number ≥ 0"),
});

export function register(program: Command) {
  program
    .command("communities")
    .description("List the communities of an analysis run with their names and networks")
    .option("--run <id>", "the run (default: the latest)")
    .option("--lang <lang>", "language of the names: nl or en", "nl")
    .option("--projects <n>", "networks listed per community", "5")
    .action(async (raw: Record<string, unknown>) => {
      const f = parseFlags(communitiesFlagsSchema, raw);
      const [{ connect }, { getCommunities }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const db = await connect();
      try {
        const list = await getCommunities(db, f.run);
        if (list.length === 0) console.log("No communities: run `diagonal analyze` first.");
        for (const c of list) {
          const name = (f.lang === "nl" ? c.nameNl : c.nameEn) ?? (f.lang === "nl" ? `Gemeenschap ${c.label}` : `Community ${c.label}`);
          console.log(`${String(c.label).padStart(4)}  ${name}  (${c.projects.length} ${f.lang === "nl" ? "netwerken" : "networks"})`);
          for (const p of c.projects.slice(0, f.projects)) console.log(`        ${p.id}  ${p.name}`);
          if (c.projects.length > f.projects && f.projects > 0) console.log(`        … ${c.projects.length - f.projects} ${f.lang === "nl" ? "meer" : "more"}`);
        }
      } finally {
        await db.close();
      }
    });
}
