// `diagonal opportunities [kind]`: brokers, isolated networks, theme gaps, reusable outcomes and
// partner recommendations from the latest analysis run.
import type { Command } from "commander";
import { languageSchema } from "../schemas/fields.ts";
import { OPPORTUNITY_KINDS, opportunityQuerySchema } from "../schemas/index.ts";
import { parseFlags } from "./flags.ts";

const opportunitiesFlagsSchema = opportunityQuerySchema.pick({ kind: true, limit: true }).extend({ lang: languageSchema });

export function register(program: Command) {
  program
    .command("opportunities")
    .description(`List opportunities of the latest analysis run (${OPPORTUNITY_KINDS.join(", ")})`)
    .argument("[kind]", "only this kind")
    .option("--limit <n>", "number of opportunities", "20")
    .option("--lang <lang>", "language of the reasons: nl or en", "nl")
    .action(async (kind: string | undefined, raw: Record<string, unknown>) => {
      const f = parseFlags(opportunitiesFlagsSchema, { ...raw, kind });
      const [{ connect }, { getOpportunities }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
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
