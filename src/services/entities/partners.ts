// Partner organisations: list, read with their projects, create, update, delete. A partner is
// stored with the importer's normalised name key, so the same organisation is not created twice
// under another spelling.
import { readQuery, writeQuery } from "../../db/index.ts";
import { partnerNameKey } from "../../importer/partner-name-key.ts";
import { partnerSchema, type Partner, type PartnerFilter } from "../../schemas/index.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { creating, entityCrud, orNull, storedProps, type Db } from "./store.ts";
import { dataChanged } from "../data-version.ts";
import type { PartnerDetailJson } from "../../schemas/responses.ts";


export interface PartnerDetail {
  partner: Partner;
  projects: PartnerDetailJson["projects"];
}

const crud = entityCrud<Partner, PartnerDetail, PartnerFilter>("partner", partnerSchema, ({ q, kind, activeIn, project, region }) => orNull({ q, kind, activeIn, project, region }));

export const listPartners = crud.list;
export const getPartner = crud.get;
export const deletePartner = crud.remove;

/** Refuses a partner that is already there under another id (same name key or enterprise number). */
async function refuseSameOrganisation(db: Db, partner: Partner): Promise<string> {
  const nameKey = partnerNameKey(partner.name);
  const same = (await readQuery<{ id: string; name: string }>(db.driver, "entities/partner-same", { nameKey, enterpriseNumber: partner.enterpriseNumber ?? null }, db.database))
    .filter((p) => p.id !== partner.id);
  if (same.length > 0) {
    throw new ConflictError(`partner "${partner.name}" is already stored as "${same[0]!.id}" (${same[0]!.name})`, { existing: same.map((p) => p.id) });
  }
  return nameKey;
}

export async function createPartner(db: Db, partner: Partner): Promise<Partner> {
  return creating("partner", partner.id, async () => {
    const nameKey = await refuseSameOrganisation(db, partner);
    const [row] = await writeQuery<{ partner: Partner }>(db.driver, "entities/partner-create", { props: { ...storedProps(partner), nameKey } }, db.database);
    await dataChanged(db, "entity");
    return row!.partner;
  });
}

export async function updatePartner(db: Db, partnerId: string, change: Record<string, unknown>): Promise<Partner> {
  const merged = await crud.merged(db, partnerId, change);
  const nameKey = await refuseSameOrganisation(db, merged);
  const [row] = await writeQuery<{ partner: Partner }>(db.driver, "entities/partner-update", { id: partnerId, props: { ...storedProps(merged), nameKey } }, db.database);
  if (!row) throw new NotFoundError("partner", partnerId);
  await dataChanged(db, "entity");
  return row.partner;
}
