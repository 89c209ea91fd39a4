// Changes to how data is stored, applied to existing databases at every start-up, after
// schema.cypher: each step finds what is still stored the old way, rewrites it in one transaction,
// and finds nothing the next time (idempotent, and cheap when there is nothing to do).
import type { Driver } from "neo4j-driver";
import { recordPartnerAliases } from "./partner-alias-record.ts";
import { runIn } from "./session.ts";

/** The reason recorded for ids an import merged before aliases were records (no reason was kept then). */
export const MIGRATED_ALIAS_REASON = "merged on import (recorded as a list on the partner before aliases were records)";

/** What each migration changed; zero everywhere on a database already migrated. */
export interface MigrationReport {
  /** Partner ids merged away that were listed in a partner's `aliases` property and are now MergedPartner records. */
  partnerAliases: number;
}

export async function applyMigrations(driver: Driver, database?: string): Promise<MigrationReport> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    const partnerAliases = await session.executeWrite(async (tx) => {
      const rows = await runIn<{ alias: string; partner: string | null; mergeId: string | null }>(tx, "migrations/partner-alias-lists");
      if (rows.length === 0) return 0;
      const live = rows.filter((r): r is typeof r & { partner: string } => r.partner !== null);
      const recorded = await recordPartnerAliases(tx, live.map((r) => ({ alias: r.alias, partner: r.partner, reason: MIGRATED_ALIAS_REASON })), { by: null });
      const moved = new Map<string, string[]>();
      for (const r of live) if (r.mergeId) moved.set(r.mergeId, [...(moved.get(r.mergeId) ?? []), r.alias]);
      await runIn(tx, "migrations/drop-partner-alias-lists", { moved: [...moved].map(([mergeId, aliases]) => ({ mergeId, aliases })) });
      return recorded;
    });
    return { partnerAliases };
  } finally {
    await session.close();
  }
}
