// `diagonal decide <suggestion> accept|reject`: records the coordinator's decision on a suggested
// pair; accepting links the two networks as collaborating.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { connect } from "../db/index.ts";
import { decideSuggestion } from "../services/analysis/index.ts";

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
      const parsed = decideArgsSchema.safeParse({ decision, note: raw.note });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
      const db = await connect();
      try {
        const d = await decideSuggestion(db, suggestion, parsed.data.decision, parsed.data.note, `cli:${userInfo().username}`);
        const undone = d.decision === "rejected" && d.history.at(-2)?.decision === "accepted" ? " (the collaboration made by accepting it was removed)" : "";
        console.log(`${d.decision} ${d.a} ↔ ${d.b}${d.decision === "accepted" ? " (now collaborating)" : undone}`);
      } finally {
        await db.close();
      }
    });
}
