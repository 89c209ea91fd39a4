// What every import column means, in English and Dutch, with its type, allowed values and an
// example: the source for the template workbook's README sheet and the import documentation.
import { OUTCOME_KINDS, PARTICIPATION_ROLES, PARTNER_ACTIVE_IN, PARTNER_KINDS, PARTNER_SIZES, PROJECT_STATUSES, ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import { columnsOf } from "./validate-tables.ts";

export interface ColumnGuide {
  entity: EntityName;
  column: string;
  required: boolean;
  type: string;
  /** Allowed values for enumerations (the template offers them as a drop-down list). */
  values?: readonly string[];
  /** Value used when the cell is empty. */
  fallback?: string;
  example: string;
  en: string;
  nl: string;
}

type Entry = Omit<ColumnGuide, "entity" | "column" | "required">;
const ID = "identifier (letters, digits, - _ . :)";

const GUIDE: { [K in EntityName]: Record<string, Entry> } = {
  themes: {
    id: { type: ID, example: "transparency", en: "Stable id of the theme", nl: "Vaste code van het thema" },
    nameNl: { type: "text", example: "Transparantie", en: "Name in Dutch", nl: "Naam in het Nederlands" },
    nameEn: { type: "text", example: "Transparency", en: "Name in English", nl: "Naam in het Engels" },
    description: { type: "text", example: "Open reporting on social and environmental impact", en: "What the theme covers", nl: "Waarover het thema gaat" },
  },
  projects: {
    id: { type: ID, example: "ln-2010-07", en: "Stable id of the learning network", nl: "Vaste code van het lerend netwerk" },
    name: { type: "text", example: "Lerend netwerk MVO in de buurt", en: "Name of the learning network", nl: "Naam van het lerend netwerk" },
    description: { type: "text", example: "Bedrijven en buurtorganisaties werken samen aan …", en: "What the network does", nl: "Wat het netwerk doet" },
    start: { type: "date (YYYY-MM-DD)", example: "2010-09-01", en: "Start date", nl: "Startdatum" },
    end: { type: "date (YYYY-MM-DD), on or after start", example: "2012-08-31", en: "End date", nl: "Einddatum" },
    status: { type: "one of the values", values: PROJECT_STATUSES, fallback: "active", example: "completed", en: "Where the network stands", nl: "Stand van zaken" },
    region: { type: "text", example: "Gent", en: "Region or city", nl: "Regio of stad" },
    website: { type: "http(s) URL", example: "https://example.org/netwerk", en: "Web page of the network", nl: "Webpagina van het netwerk" },
  },
  partners: {
    id: { type: ID, example: "org-kringwinkel-gent", en: "Stable id of the organisation", nl: "Vaste code van de organisatie" },
    name: { type: "text", example: "De Kringwinkel Gent vzw", en: "Name of the organisation (spellings are matched, see de-duplication)", nl: "Naam van de organisatie (schrijfwijzen worden herkend, zie ontdubbeling)" },
    kind: { type: "one of the values", values: PARTNER_KINDS, example: "social-economy", en: "Kind of organisation", nl: "Soort organisatie" },
    sector: { type: "text", example: "retail", en: "Sector", nl: "Sector" },
    region: { type: "text", example: "Oost-Vlaanderen", en: "Region", nl: "Regio" },
    size: { type: "one of the values", values: PARTNER_SIZES, example: "medium", en: "Size of the organisation", nl: "Grootte van de organisatie" },
    activeIn: { type: "one of the values", values: PARTNER_ACTIVE_IN, fallback: "north", example: "both", en: "Works in the north, the south or both", nl: "Actief in het noorden, het zuiden of beide" },
    enterpriseNumber: { type: "KBO number or EU VAT number", example: "0123.456.749", en: "Enterprise number (KBO/BCE) or VAT number; the same number means the same organisation", nl: "Ondernemingsnummer (KBO) of btw-nummer; hetzelfde nummer is dezelfde organisatie" },
    website: { type: "http(s) URL", example: "https://example.org", en: "Website", nl: "Website" },
  },
  outcomes: {
    id: { type: ID, example: "out-2012-03", en: "Stable id of the outcome", nl: "Vaste code van het resultaat" },
    project: { type: "project id", example: "ln-2010-07", en: "The learning network that produced it", nl: "Het lerend netwerk dat het maakte" },
    title: { type: "text", example: "Gids voor transparante verslaggeving", en: "Title", nl: "Titel" },
    kind: { type: "one of the values", values: OUTCOME_KINDS, fallback: "other", example: "tool", en: "Kind of outcome", nl: "Soort resultaat" },
    date: { type: "date (YYYY-MM-DD)", example: "2012-06-30", en: "Publication date", nl: "Publicatiedatum" },
    url: { type: "http(s) URL", example: "https://example.org/gids.pdf", en: "Where to find it", nl: "Waar het te vinden is" },
    summary: { type: "text", example: "Stappenplan voor kmo's …", en: "Short summary", nl: "Korte samenvatting" },
    themes: { type: "theme ids separated by ';'", example: "transparency;social-dialogue", en: "Themes the outcome is about", nl: "Thema's waarover het resultaat gaat" },
  },
  projectThemes: {
    project: { type: "project id", example: "ln-2010-07", en: "The learning network", nl: "Het lerend netwerk" },
    theme: { type: "theme id", example: "transparency", en: "A theme it works on", nl: "Een thema waarrond het werkt" },
    weight: { type: "number from 0.01 to 1", fallback: "1", example: "0.6", en: "How central the theme is (1 = main theme)", nl: "Hoe centraal het thema is (1 = hoofdthema)" },
  },
  participations: {
    partner: { type: "partner id", example: "org-kringwinkel-gent", en: "The organisation", nl: "De organisatie" },
    project: { type: "project id", example: "ln-2010-07", en: "The learning network it takes part in", nl: "Het lerend netwerk waaraan ze deelneemt" },
    role: { type: "one of the values", values: PARTICIPATION_ROLES, fallback: "partner", example: "promoter", en: "Role in the network", nl: "Rol in het netwerk" },
  },
  collaborations: {
    from: { type: "project id", example: "ln-2010-07", en: "One learning network", nl: "Het ene lerend netwerk" },
    to: { type: "project id, not the same as from", example: "ln-2011-02", en: "The other learning network (direction does not matter)", nl: "Het andere lerend netwerk (de richting speelt geen rol)" },
    since: { type: "date (YYYY-MM-DD)", example: "2013-01-15", en: "Since when they collaborate", nl: "Sinds wanneer ze samenwerken" },
    source: { type: "text", example: "diagonal meeting 2013", en: "How the collaboration is known", nl: "Hoe de samenwerking gekend is" },
  },
};

/** Every column of every entity, in schema order. */
export function columnGuide(): ColumnGuide[] {
  return ENTITY_NAMES.flatMap((entity) =>
    columnsOf(entity).map(({ key, required }) => {
      const entry = GUIDE[entity][key];
      if (!entry) throw new Error(`column guide: no entry for ${entity}.${key}`);
      return { entity, column: key, required, ...entry };
    }),
  );
}
