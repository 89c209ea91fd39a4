// The ids an import merges into another partner become aliases of it: the same record a
// coordinator's merge writes (db/partner-alias-record.ts), with the import's job, who imported and
// why the rows are one organisation. Written in the import's own transaction (a staged import's
// last one), and journaled first so that undoing the import removes the records it made, or
// restores the record an id had before (an alias of a partner deleted since, merged anew).
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { recordPartnerAliases, runIn, type PartnerAlias } from "../db/index.ts";
import type { PartnerMerge } from "./merge-partners.ts";

export interface AliasWrite extends PartnerAlias {
  /** The id has a record already (pointing elsewhere): the journal keeps it as it was. */
  known: boolean;
}

/**
 * The aliases an import's merges make. An id that already stands for its kept partner (the row
 * followed its alias) has its record; an id merged within the file or by name, number or website gets one.
 */
export function aliasWrites(merges: PartnerMerge[], recorded: ReadonlyMap<string, string> = new Map()): AliasWrite[] {
  const out = new Map<string, AliasWrite>();
  for (const m of merges) {
    if (m.merged === m.kept || recorded.get(m.merged) === m.kept || out.has(m.merged)) continue;
    out.set(m.merged, { alias: m.merged, partner: m.kept, reason: m.reason, known: recorded.has(m.merged) });
  }
  return [...out.values()].sort((a, b) => a.alias.localeCompare(b.alias));
}

/** Journals and records the aliases inside the import's transaction; `seq` gives each journal entry its sequence number. */
export async function writeImportAliases(tx: ManagedTransaction | Transaction, aliases: AliasWrite[], job: { id: string; by: string | null; seq: () => number }): Promise<void> {
  if (aliases.length === 0) return;
  const created = aliases.filter((a) => !a.known).map((a) => a.alias);
  const known = aliases.filter((a) => a.known).map((a) => a.alias);
  if (created.length > 0) await runIn(tx, "staged/journal-created", { job: job.id, seq: job.seq(), kind: "created-partner-aliases", ids: created });
  if (known.length > 0) await runIn(tx, "staged/snapshot-partner-aliases", { job: job.id, seq: job.seq(), ids: known });
  await recordPartnerAliases(tx, aliases, { by: job.by, importJob: job.id });
}
