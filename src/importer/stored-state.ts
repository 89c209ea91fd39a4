// What the database already holds of the ids, enterprise numbers and name keys an import names:
// one read transaction, one query per question, however large the import.
import type { Database } from "../db/connect.ts";
import { readQuery } from "../db/index.ts";
import type { StoredPartner } from "./merge-partners.ts";
import { partnerNameKey } from "./partner-name-key.ts";
import { namedIds, NODE_ENTITIES, type NodeEntity, type StoredState } from "./plan-import.ts";
import type { ValidRows } from "./validate-tables.ts";

export async function lookupStored(db: Database, valid: ValidRows): Promise<StoredState> {
  const named = namedIds(valid);
  const ids = Object.fromEntries(NODE_ENTITIES.map((e) => [e, new Set<string>()])) as Record<NodeEntity, Set<string>>;
  const found = await readQuery<{ entity: NodeEntity; id: string }>(db.driver, "import/existing-ids", named, db.database);
  for (const r of found) ids[r.entity].add(r.id);
  const enterpriseNumbers = [...new Set(valid.partners.flatMap((r) => (r.value.enterpriseNumber ? [r.value.enterpriseNumber] : [])))];
  const nameKeys = [...new Set(valid.partners.map((r) => partnerNameKey(r.value.name)).filter(Boolean))];
  // Ids merged into another partner stand for it: its row is loaded too.
  const aliases = new Map((await readQuery<{ alias: string; partner: string }>(db.driver, "partners/resolve-aliases", { ids: named.partners }, db.database)).map((a) => [a.alias, a.partner]));
  const partners = valid.partners.length === 0 && aliases.size === 0
    ? []
    : await readQuery<StoredPartner>(db.driver, "import/matching-partners", { ids: [...named.partners, ...aliases.values()], enterpriseNumbers, nameKeys }, db.database);
  return { ids, partners, aliases };
}
