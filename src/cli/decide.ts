// `diagonal decide <suggestion|pair> accept|reject|undo`: records the coordinator's decision on a
// suggested pair (accepting links the two networks as collaborating), decides a decided pair again
// by its pair key (a|b, as `diagonal decisions` shows it), or undoes the pair's latest decision.
// `--expect-version` refuses the step when the pair was decided since that version was seen.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { decisionVersionSchema } from "../schemas/index.ts";
import { parseFlags } from "./flags.ts";

const decideArgsSchema = z.object({
  decision: z.enum(["accept", "reject", "undo"], { error: "decision: expected accept, reject or undo" }),
  note: z.string().max(2000, "--note: expected at most 2000 characters").optional(),
  expectVersion: decisionVersionSchema.optional(),
});

/** A pair key names two networks joined by "|"; a suggestion id never holds one. */
const isPairKey = (target: string) => target.includes("|");

export function register(program: Command) {
  program
    .command("decide")
    .description("Accept or reject a suggestion, decide a pair again, or undo its latest decision (the decision holds for the pair in later runs)")
    .argument("<target>", "suggestion id (shown by `diagonal suggest`), or a decided pair a|b (shown by `diagonal decisions`)")
    .argument("<decision>", "accept, reject or undo")
    .option("--note <text>", "why")
    .option("--expect-version <n>", "the version of the pair's decision you saw; refused if it was decided since")
    .action(async (target: string, decision: string, raw: Record<string, unknown>) => {
      const [{ connect }, steps] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const flags = parseFlags(decideArgsSchema, { decision, note: raw.note, expectVersion: raw.expectVersion });
      const by = `cli:${userInfo().username}`;
      const db = await connect();
      try {
        const opts = { by, expectedVersion: flags.expectVersion };
        const d = flags.decision === "undo"
          ? await steps.undoDecision(db, isPairKey(target) ? target : await steps.pairOfSuggestion(db, target), { ...opts, note: flags.note })
          : isPairKey(target)
            ? await steps.redecidePair(db, target, flags.decision, flags.note, opts)
            : await steps.decideSuggestion(db, target, flags.decision, flags.note, by, flags.expectVersion);
        const before = d.history.at(-1)?.previous;
        const collaboration = d.decision === "accepted" ? " (now collaborating)" : before === "accepted" && d.madeCollaboration === false ? " (the collaboration made by accepting it was removed)" : "";
        console.log(`${d.decision} ${d.a} ↔ ${d.b}${collaboration} — version ${d.version}`);
      } finally {
        await db.close();
      }
    });
}
