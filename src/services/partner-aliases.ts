// Partner ids merged away on import (stored on the kept partner as `aliases`), mapped to the id
// they were merged into: a description that still uses an old id finds the partner.
import { readRows, type Database } from "../db/index.ts";

export async function partnerAliases(db: Pick<Database, "driver" | "database">): Promise<Map<string, string>> {
  return new Map(await readRows<[string, string]>(db.driver, "analysis/partner-aliases", {}, db.database));
}
