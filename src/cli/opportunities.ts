// `diagonal opportunities [kind]`: brokers, isolated networks, theme gaps, reusable outcomes and
// partner recommendations from the latest analysis run.
import type { Command } from "commander";
import { z } from "zod";
import { connect } from "../db/index.ts";
import { getOpportunities, OPPORTUNITY_KINDS } from "../services/analysis/index.ts";

const opportunitiesFlagsSchema = z.object({
  kind: z.enum(OPPORTUNITY_KINDS, { error: `kind: expected one of ${OPPORTUNITY_KINDS.join(", ")}` }).optional(),
  limit: z.coerce.number({ error: "--limit: expected a whole number from 1 to 500" }).int("--limit: expected a whole number from 1 to 500").min(1, "--limit: expected a whole number from 1 to 500").max(500, "--limit: expected a whole number from 1 to 500"),
  lang: z.enum(["nl", "en"], { error: "--lang: expected nl or en" }),
});

export function register(program: Command) {
  program
    .command("opportunities")
    .description(`List opportunities of the latest analysis run (${OPPORTUNITY_KINDS.join(", ")})`)
    .argument("[kind]", "only this kind")
    .option("--limit <n>", "number of opportunities", "20")
    .option("--lang <lang>", "language of the reasons: nl or en", "nl")
    .action(async (kind: string | undefined, raw: Record<string, unknown>) => {
      const parsed = opportunitiesFlagsSchema.safeParse({ ...raw, kind });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
      const f = parsed.data;
      const db = await connect();
      try {
        const list = await getOpportunities(db, { kind: f.kind, limit: f.limit });
        if (list.length === 0) console.log("No opportunities (no analysis run yet, or none of this kind).");
        for (const o of list) {
          console.log(`${o.kind.padEnd(22)} ${o.score.toFixed(3)}  ${o.subjects.map((s) => `${s.type}:${s.id}`).join(", ")}`);
          for (const r of o.reasons[f.lang]) console.log(`   - ${r}`);
        }
      } finally {
        await db.close();
      }
    });
}
