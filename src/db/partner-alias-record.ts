// The one way Diagonal records that a partner id was merged away: "id X now lives at partner Y",
// as a MergedPartner node with who, when and why (cypher/partners/record-aliases). A coordinator's
// merge, an import's merge and the migration of older databases all write it here; every reader
// (routes, recommendations, later imports, the next merge and its undo) reads that node.
import type { ManagedTransaction, Transaction } from "neo4j-driver";
import { runIn } from "./session.ts";

export interface PartnerAlias {
  /** The id merged away. */
  alias: string;
  /** The partner it now stands for. */
  partner: string;
  /** Why the two are one organisation (the import's reason, or the coordinator's merge). */
  reason: string;
}

/** What made the aliases: a coordinator's merge (its PartnerMerge id) or an import (its job), and who. */
export type AliasSource = { by: string | null } & ({ mergeId: string; importJob?: never } | { importJob: string; mergeId?: never } | { mergeId?: never; importJob?: never });

/** Records the aliases inside the caller's transaction, so they commit with the merge that made them. */
export async function recordPartnerAliases(tx: ManagedTransaction | Transaction, aliases: PartnerAlias[], source: AliasSource): Promise<number> {
  if (aliases.length === 0) return 0;
  const [row] = await runIn<{ recorded: number }>(tx, "partners/record-aliases", {
    rows: aliases.map(({ alias, partner, reason }) => ({ alias, partner, reason })),
    by: source.by,
    mergeId: source.mergeId ?? null,
    importJob: source.importJob ?? null,
  });
  return Number(row?.recorded ?? 0);
}
