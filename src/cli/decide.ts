// `diagonal decide <suggestion> accept|reject`: records the coordinator's decision on a suggested
// pair; accepting links the two networks as collaborating.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { parseFlags } from "./flags.ts";

const decideArgsSchema = z.object({
  decision: z.enum(["accept", "reject"], { error: "decision: expected accept or reject" }),
  note: z.string().max(2000, "--note: expected at most 2000 characters").optional(),
});

export function register(program: Command) {
  program
    .command("decide")
    .description("Accept or reject a suggestion (the decision holds for the pair in later runs)")
    .argument("<suggestion>", "suggestion id (shown by `diagonal suggest`)")
    .argument("<decision>", "accept or reject")
    .option("--note <text>", "why")
    .action(async (suggestion: string, decision: string, raw: Record<string, unknown>) => {
      const [{ connect }, { decideSuggestion }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const flags = parseFlags(decideArgsSchema, { decision, note: raw.note });
      const db = await connect();
      try {
        const d = await decideSuggestion(db, suggestion, flags.decision, flags.note, `cli:${userInfo().username}`);
        const undone = d.decision === "rejected" && d.history.at(-2)?.decision === "accepted" ? " (the collaboration made by accepting it was removed)" : "";
        console.log(`${d.decision} ${d.a} ↔ ${d.b}${d.decision === "accepted" ? " (now collaborating)" : undone}`);
      } finally {
        await db.close();
      }
    });
}
