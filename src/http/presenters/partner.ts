// A partner as the API shows it. The public role does not see the enterprise number (KBO/VAT):
// the knowledge centre shows organisations by name, not their registration data. Fields are picked
// through the response schema; the public one leaves the number out.
import type { Partner, Role } from "../../schemas/index.ts";
import { PartnerDetailOut, PartnerOut } from "../../schemas/responses.ts";
import type { PartnerDetail } from "../../services/entities/partners.ts";
import { pick } from "./fields.ts";

const PublicPartnerOut = PartnerOut.omit({ enterpriseNumber: true });
const { projects } = PartnerDetailOut.shape;

export const presentPartner = (p: Partner, role: Role): Partner => (role === "public" ? pick(PublicPartnerOut, p) : pick(PartnerOut, p));

export function presentPartnerDetail(d: PartnerDetail, role: Role) {
  return {
    ...presentPartner(d.partner, role),
    projects: d.projects.map((p) => pick(projects.element, p)),
  };
}
