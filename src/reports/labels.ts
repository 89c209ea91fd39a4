// Names of partner kinds, outcome kinds, opportunity kinds and complementarity sides in Dutch and
// English, as a reader of a report (not a developer) would say them.
import { PARTNER_KIND_WORDS } from "../vocabulary.ts";
import type { Lang } from "./document.ts";

export const PARTNER_KINDS = ["company", "sme", "social-economy", "ngo", "academic", "consultancy", "social-partner", "government", "other"] as const;

const PARTNER_KIND_NAMES = PARTNER_KIND_WORDS;

export const partnerKindLabel = (kind: string, lang: Lang) => PARTNER_KIND_NAMES[kind]?.[lang === "nl" ? 0 : 1] ?? kind;

const OUTCOME_KIND_NAMES: Record<string, [string, string]> = {
  report: ["rapport", "report"],
  tool: ["instrument", "tool"],
  training: ["opleiding", "training"],
  event: ["evenement", "event"],
  "policy-recommendation": ["beleidsaanbeveling", "policy recommendation"],
  "case-study": ["casestudy", "case study"],
  other: ["ander resultaat", "other outcome"],
};
export const outcomeKindLabel = (kind: string, lang: Lang) => OUTCOME_KIND_NAMES[kind]?.[lang === "nl" ? 0 : 1] ?? kind;

const OPPORTUNITY_KIND_NAMES: Record<string, [string, string]> = {
  broker: ["makelaar", "broker"],
  isolated: ["geïsoleerd netwerk", "isolated network"],
  "theme-gap": ["leemte in een thema", "theme gap"],
  "reusable-outcome": ["herbruikbaar resultaat", "reusable outcome"],
  "partner-recommendation": ["partner om te betrekken", "partner to involve"],
  "learn-from": ["leren van", "learn from"],
};
export const opportunityKindLabel = (kind: string, lang: Lang) => OPPORTUNITY_KIND_NAMES[kind]?.[lang === "nl" ? 0 : 1] ?? kind;

/** The two sides of each complementarity axis (profiles.ts), as a policy officer names them. */
export const AXIS_SIDES: Record<string, { nl: [string, string]; en: [string, string] }> = {
  "social-regular": { nl: ["sociale economie", "reguliere economie"], en: ["social economy", "regular economy"] },
  size: { nl: ["kmo's", "grote bedrijven"], en: ["SMEs", "large companies"] },
  "north-south": { nl: ["organisaties actief in het Zuiden", "organisaties actief in het Noorden"], en: ["organisations active in the South", "organisations active in the North"] },
  "knowledge-practice": { nl: ["kennisinstellingen", "praktijkorganisaties"], en: ["knowledge institutions", "practitioners"] },
};
