// The likely duplicate organisations an import brings: its partner rows (those it did not merge)
// against each other and against every stored partner. Listed in the report, never merged.
import type { Database } from "../db/connect.ts";
import { readRows } from "../db/index.ts";
import type { Partner } from "../schemas/index.ts";
import type { DuplicateCandidate } from "../schemas/partner-duplicates.ts";
import { findDuplicateCandidates, type PartnerIdentity } from "./duplicate-candidates.ts";
import type { PartnerMerge } from "./merge-partners.ts";
import type { ValidRow } from "./validate-tables.ts";

/** Every stored partner's id, name, website and enterprise number (one read). */
export async function storedIdentities(db: Pick<Database, "driver" | "database">): Promise<PartnerIdentity[]> {
  const rows = await readRows<[string, string, string | null, string | null]>(db.driver, "partners/identities", {}, db.database);
  return rows.map(([id, name, website, enterpriseNumber]) => ({ id, name, website, enterpriseNumber, stored: true }));
}

export async function importDuplicates(db: Database, rows: ValidRow<Partner>[], merges: PartnerMerge[]): Promise<DuplicateCandidate[]> {
  if (rows.length === 0) return [];
  const merged = new Set(merges.map((m) => m.merged));
  const file = new Map<string, PartnerIdentity>();
  for (const { value: p } of rows) if (!merged.has(p.id) && !file.has(p.id)) file.set(p.id, { id: p.id, name: p.name, website: p.website, enterpriseNumber: p.enterpriseNumber, stored: false });
  // A row that updates a stored partner stands for it, with the row's values.
  const stored = (await storedIdentities(db)).filter((s) => !file.has(s.id));
  return findDuplicateCandidates([...stored, ...file.values()], { focus: new Set(file.keys()) });
}
