// Partner organisations: list, read with their projects, create, update, delete. A partner is
// stored with the importer's normalised name key, so the same organisation is not created twice
// under another spelling.
import { z } from "zod";
import { readQuery, writeQuery } from "../db/index.ts";
import { partnerNameKey } from "../importer/partner-name-key.ts";
import { PARTNER_ACTIVE_IN, PARTNER_KINDS, partnerSchema, type Partner } from "../schemas/index.ts";
import { id } from "../schemas/fields.ts";
import { ConflictError, NotFoundError, ValidationError } from "./errors.ts";
import { creating, filterText, hiddenStatuses, pageParams, pageQuerySchema, storedProps, type Db, type Page, type Visibility } from "./entity-store.ts";
import { pick } from "./projects.ts";

export const PARTNER_SORTS = ["name", "kind", "region", "id"] as const;

export const partnerFilterSchema = pageQuerySchema.extend({
  sort: z.enum(PARTNER_SORTS, { error: `expected one of: ${PARTNER_SORTS.join(", ")}` }).default("name"),
  q: filterText,
  kind: z.enum(PARTNER_KINDS, { error: `expected one of: ${PARTNER_KINDS.join(", ")}` }).optional(),
  activeIn: z.enum(PARTNER_ACTIVE_IN, { error: `expected one of: ${PARTNER_ACTIVE_IN.join(", ")}` }).optional(),
  project: id.optional(),
  region: filterText,
});
export type PartnerFilter = z.output<typeof partnerFilterSchema>;

export interface PartnerDetail {
  partner: Partner;
  projects: { id: string; name: string; status: string; role: string }[];
}

const PARTNER_FIELDS = Object.keys(partnerSchema.shape);

/** `visibility`: the public role may not learn who takes part in a planned (unannounced) project. */
export async function listPartners(db: Db, filter: PartnerFilter, visibility: Visibility = "all"): Promise<Page<Partner>> {
  const { q, kind, activeIn, project, region } = filter;
  const [row] = await readQuery<{ total: number; items: Partner[] }>(
    db.driver,
    "entities/partner-list",
    { ...pageParams(filter, filter.sort), q: q ?? null, kind: kind ?? null, activeIn: activeIn ?? null, project: project ?? null, region: region ?? null, hiddenStatuses: hiddenStatuses(visibility) },
    db.database,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, limit: filter.limit, offset: filter.offset };
}

export async function getPartner(db: Db, partnerId: string, visibility: Visibility = "all"): Promise<PartnerDetail> {
  const [row] = await readQuery<PartnerDetail>(db.driver, "entities/partner-get", { id: partnerId, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("partner", partnerId);
  return row;
}

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
    return row!.partner;
  });
}

export async function updatePartner(db: Db, partnerId: string, change: Record<string, unknown>): Promise<Partner> {
  if (change.id !== undefined && change.id !== partnerId) throw new ValidationError("expected the id not to change", "id", change.id);
  const { partner } = await getPartner(db, partnerId);
  const merged = partnerSchema.parse({ ...pick(partner, PARTNER_FIELDS), ...change, id: partnerId });
  const nameKey = await refuseSameOrganisation(db, merged);
  const [row] = await writeQuery<{ partner: Partner }>(db.driver, "entities/partner-update", { id: partnerId, props: { ...storedProps(merged), nameKey } }, db.database);
  if (!row) throw new NotFoundError("partner", partnerId);
  return row.partner;
}

export async function deletePartner(db: Db, partnerId: string): Promise<void> {
  const [row] = await writeQuery<{ deleted: number }>(db.driver, "entities/partner-delete", { id: partnerId }, db.database);
  if (!row?.deleted) throw new NotFoundError("partner", partnerId);
}
