// Reading the one record of partner ids merged away (MergedPartner, written by
// db/partner-alias-record.ts for a coordinator's merge and an import's alike): what one id stands
// for (the routes, a new network's leads) and every alias at once (the recommender's index). An
// alias stands for its kept partner while that partner is stored; an alias of a partner deleted
// since stands for nothing.
import { readQuery, readRows, type Database } from "../db/index.ts";
import { NotFoundError } from "../errors.ts";

type Db = Pick<Database, "driver" | "database">;

/** Every alias whose kept partner is stored: alias → the kept partner's id. */
export async function partnerAliases(db: Db): Promise<Map<string, string>> {
  return new Map(await readRows<[string, string]>(db.driver, "partners/aliases", {}, db.database));
}

/** The stored partner an id stands for: itself, or the partner it was merged into. NotFoundError when neither. */
export async function resolvePartnerId(db: Db, partnerId: string): Promise<string> {
  const [row] = await readQuery<{ stored: boolean; mergedInto: string | null }>(db.driver, "partners/resolve-alias", { id: partnerId }, db.database);
  if (row?.stored) return partnerId;
  if (row?.mergedInto) return row.mergedInto;
  throw new NotFoundError("partner", partnerId);
}
