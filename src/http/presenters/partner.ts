// A partner as the API shows it. The public role does not see the enterprise number (KBO/VAT):
// the knowledge centre shows organisations by name, not their registration data.
import { type Partner, partnerSchema, type Role } from "../../schemas/index.ts";
import type { PartnerDetail } from "../../services/entities/partners.ts";
import { only } from "./fields.ts";

const FIELDS = Object.keys(partnerSchema.shape);
const PUBLIC_FIELDS = FIELDS.filter((f) => f !== "enterpriseNumber");

export const presentPartner = (p: Partner, role: Role) => only(p, role === "public" ? PUBLIC_FIELDS : FIELDS);

export function presentPartnerDetail(d: PartnerDetail, role: Role) {
  return {
    ...presentPartner(d.partner, role),
    projects: d.projects.map((p) => only(p, ["id", "name", "status", "role"])),
  };
}
