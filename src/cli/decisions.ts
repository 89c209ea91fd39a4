// `diagonal decisions [--decision accepted|rejected|open] [--project id] [--by name] [--since moment] [--until moment]`:
// the coordinator's decisions on suggested pairs, newest first, each with its history (who, when,
// note), as the API's GET /api/v1/decisions lists them.
import type { Command } from "commander";
import { decisionFilterSchema } from "../schemas/index.ts";
import { parseFlags } from "./flags.ts";

export function register(program: Command) {
  program
    .command("decisions")
    .description("List decisions on suggested pairs with their history, newest first")
    .option("--decision <d>", "accepted, rejected or open (undone)")
    .option("--project <id>", "decisions on pairs with this project")
    .option("--by <name>", "decisions last taken by this token name (or cli:<user>)")
    .option("--since <moment>", "decided at or after this moment (2026-01-31T00:00:00Z)")
    .option("--until <moment>", "decided at or before this moment")
    .option("--limit <n>", "at most this many (default 50)")
    .option("--json", "print JSON")
    .action(async (raw: Record<string, unknown>) => {
      const [{ connect }, { findDecisions }] = await Promise.all([import("../db/index.ts"), import("../services/analysis/index.ts")]);
      const filter = parseFlags(decisionFilterSchema, { decision: raw.decision, project: raw.project, by: raw.by, since: raw.since, until: raw.until, limit: raw.limit });
      const db = await connect();
      try {
        const page = await findDecisions(db, filter);
        if (raw.json) return void console.log(JSON.stringify(page, null, 2));
        for (const d of page.items) {
          console.log(`${d.aName ?? d.a} ↔ ${d.bName ?? d.b} (${d.pairKey}): ${d.decision}, version ${d.version}`);
          for (const e of d.history) console.log(`  ${e.at} ${e.action === "undo" ? `undo → ${e.decision}` : e.decision}${e.by ? ` by ${e.by}` : ""}${e.undoneAt ? " (undone)" : ""}${e.note ? `: ${e.note}` : ""}`);
        }
        console.log(`${page.items.length} of ${page.total} decision${page.total === 1 ? "" : "s"}`);
      } finally {
        await db.close();
      }
    });
}
