// The partner a path names: its id, or an id merged away into another partner, which stands for
// that partner on every /partners/{id} route (read, change, delete, recommendations). When the id
// was an alias, the answer says where the partner lives now (Content-Location).
import type { Response } from "express";
import type { Db } from "../../services/entities/store.ts";
import { resolvePartnerId } from "../../services/partner-aliases.ts";

export async function partnerInPath(db: Db, id: string, res: Response): Promise<string> {
  const kept = await resolvePartnerId(db, id);
  if (kept !== id) res.setHeader("Content-Location", `/api/v1/partners/${encodeURIComponent(kept)}`);
  return kept;
}

/** What the OpenAPI says on each of these routes. */
export const MERGED_ID_NOTE =
  "An id merged into another partner stands for that partner: the request acts on the kept partner, and the answer names it in `Content-Location` (`/api/v1/partners/{kept id}`). An alias of a partner deleted since answers 404.";
