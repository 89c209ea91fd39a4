// An organisation taking part in one or more learning networks.
import { z } from "zod";
import { filterText, pageQuerySchema } from "./page.ts";
import { enumOf, id, optionalEnumOf, optionalText, optionalUrl, requiredText } from "./fields.ts";
import { expectedText } from "./import-problem-messages.ts";

export const PARTNER_KINDS = [
  "company", "sme", "social-economy", "ngo", "academic", "consultancy", "social-partner", "government", "other",
] as const;
export const PARTNER_SIZES = ["micro", "small", "medium", "large"] as const;
/** Where an organisation works: the call pairs organisations of the north and the south. */
export const PARTNER_ACTIVE_IN = ["north", "south", "both"] as const;

/**
 * One enterprise number in one spelling: "BE 0123.456.749", "0123-456-749" and "123456749" all
 * become "BE0123456749". Also how the duplicate finder compares numbers stored in other spellings.
 */
export function canonicalEnterpriseNumber(s: string): string {
  const bare = s.toUpperCase().replace(/[\s.\-/]/g, "");
  return /^\d{9,10}$/.test(bare) ? `BE${bare.padStart(10, "0")}` : /^BE\d{9}$/.test(bare) ? `BE0${bare.slice(2)}` : bare;
}

/** KBO/BCE number (10 digits, with or without dots, optional BE; mod-97 check digits) or another EU VAT number. */
export const enterpriseNumber = z.preprocess(
  (v) => (typeof v === "number" ? String(v).padStart(10, "0") : v === "" || v === null ? undefined : v),
  z
    .string()
    .trim()
    .transform(canonicalEnterpriseNumber)
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}[0-9A-Z]{8,12}$/, expectedText("import.enterprise-number"))
        .refine((s) => !s.startsWith("BE") || belgianCheckDigitsHold(s.slice(2)), expectedText("import.enterprise-check-digits")),
    )
    .optional(),
);

/** KBO/BCE: ten digits starting with 0 or 1, the last two being 97 − (the first eight mod 97). */
export function belgianCheckDigitsHold(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

export const partnerSchema = z.object({
  id,
  name: requiredText(300),
  kind: enumOf(PARTNER_KINDS),
  sector: optionalText(200),
  region: optionalText(200),
  size: optionalEnumOf(PARTNER_SIZES),
  activeIn: enumOf(PARTNER_ACTIVE_IN, "north"),
  enterpriseNumber,
  website: optionalUrl,
});
export type Partner = z.output<typeof partnerSchema>;

/** The filters and sort orders of the partner list (HTTP query, CLI flags). */
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
