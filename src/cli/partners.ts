// `diagonal partners duplicates|merge|unmerge|merges`: organisations stored twice under two ids.
// `duplicates` lists candidates with a confidence and the reason (English, then Dutch); `merge
// <keep> <drop> [--dry-run]` merges one into the other (its id becomes an alias); `unmerge
// <merge-id>` undoes a merge exactly; `merges` lists the latest merges with who and when.
import { userInfo } from "node:os";
import type { Command } from "commander";
import { z } from "zod";
import { duplicateQuerySchema, type PartnerMergeRecord } from "../schemas/partner-duplicates.ts";
import { parseFlags } from "./flags.ts";

const mergeFlagsSchema = z.object({ dryRun: z.boolean().optional() });
const who = () => `cli:${userInfo().username}`;

function describeMerge(m: PartnerMergeRecord): string[] {
  const verb = m.dryRun ? "would merge" : m.undoneAt ? "undid merge" : "merged";
  const list = (ids: string[]) => (ids.length > 0 ? ids.join(", ") : "none");
  return [
    `${verb} ${m.drop.id} "${m.drop.name}" into ${m.keep.id} "${m.keep.name}"${m.id ? ` (merge ${m.id})` : ""}`,
    `  networks that move: ${list(m.moved.participations)}`,
    `  networks both were in (the kept partner's participation stays): ${list(m.moved.sharedNetworks)}`,
    `  aliases that move: ${list(m.moved.aliases)}`,
    ...(m.by || m.at ? [`  by ${m.by ?? "?"} at ${m.at ?? "?"}${m.undoneAt ? `; undone by ${m.undoneBy ?? "?"} at ${m.undoneAt}` : ""}`] : []),
  ];
}

export function register(program: Command) {
  const partners = program.command("partners").description("Duplicate organisations: list candidates, merge two partners, undo a merge");
  const withDb = async <T>(work: (db: Awaited<ReturnType<typeof import("../db/index.ts").connect>>, s: typeof import("../services/partner-merges.ts")) => Promise<T>) => {
    const [{ connect }, service] = await Promise.all([import("../db/index.ts"), import("../services/partner-merges.ts")]);
    const db = await connect();
    try {
      return await work(db, service);
    } finally {
      await db.close();
    }
  };

  partners
    .command("duplicates")
    .description("Stored partners that may be one organisation (similar names, one website domain, one enterprise number), most likely first")
    .option("--limit <n>", "at most this many (default 100)")
    .option("--min-confidence <x>", "only candidates at least this likely (0–1)")
    .action(async (raw: Record<string, unknown>) => {
      const query = parseFlags(duplicateQuerySchema, raw);
      await withDb(async (db, s) => {
        const { items, total } = await s.storedDuplicates(db, query);
        const { formatDuplicate } = await import("../importer/import-report.ts");
        for (const c of items) console.log(formatDuplicate(c));
        console.log(`${total} possible duplicate${total === 1 ? "" : "s"}${total > items.length ? `, ${items.length} shown` : ""}; merge one with: diagonal partners merge <keep> <drop>`);
      });
    });

  partners
    .command("merge")
    .description("Merge partner <drop> into <keep>: its networks and aliases follow, its id becomes an alias of <keep> (undo with `partners unmerge`)")
    .argument("<keep>", "the partner that stays")
    .argument("<drop>", "the partner merged into it")
    .option("--dry-run", "only say what would move")
    .action(async (keep: string, drop: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(mergeFlagsSchema, raw);
      await withDb(async (db, s) => {
        const m = await s.mergePartner(db, keep, drop, { dryRun: flags.dryRun, by: who() });
        for (const line of describeMerge(m)) console.log(line);
        if (!m.dryRun) console.log(`undo with: diagonal partners unmerge ${m.id}`);
      });
    });

  partners
    .command("unmerge")
    .description("Undo a merge: the dropped partner comes back with its own networks, exactly as before")
    .argument("<merge-id>", "the id the merge printed (see `partners merges`)")
    .action(async (mergeId: string) => {
      await withDb(async (db, s) => {
        for (const line of describeMerge(await s.unmergePartner(db, mergeId, { by: who() }))) console.log(line);
      });
    });

  partners
    .command("merges")
    .description("The latest partner merges, newest first, with who merged when and whether it was undone")
    .action(async () => {
      await withDb(async (db, s) => {
        const merges = await s.listMerges(db);
        for (const m of merges) for (const line of describeMerge(m)) console.log(line);
        if (merges.length === 0) console.log("no merges");
      });
    });
}
