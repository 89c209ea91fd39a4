// The workspace's message catalogue: what the server says (problem documents name a message id and
// its parameters besides their English text), what depends on the signed-in role (title, role
// names), the reports and exports panels, and the names the API sends as data (import entities,
// analysis stages). Every id is here in Dutch and English; a test checks both have every id and
// that every message id the server may send (src/errors.ts) is here. words.ts holds the panels'
// fixed words; the two together are everything the workspace shows.
import type { Lang } from "../i18n.ts";
import { importProblemWhat } from "../../schemas/import-problem-messages.ts";

type Params = Record<string, string | number>;
type Message = string | ((p: Params) => string);

/** Intl's plural category picks the form: {one: "1 probleem", other: "3 problemen"}. */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  const form = new Intl.PluralRules(lang === "nl" ? "nl-BE" : "en-GB").select(n) === "one" ? forms.one : forms.other;
  return form.replace("#", new Intl.NumberFormat(lang === "nl" ? "nl-BE" : "en-GB").format(n));
}

const NL_ROLES: Record<string, string> = { public: "publiek", analyst: "analist", coordinator: "procesbegeleider", admin: "beheerder" };
const NL_WHAT: Record<string, string> = {
  "analysis job": "De analyse", "analysis run": "De analyserun", outcome: "Het resultaat", partner: "De partner", project: "Het netwerk",
  suggestion: "Het voorstel", theme: "Het thema", token: "Het token",
};
const EN_ROLES: Record<string, string> = { public: "public", analyst: "analyst", coordinator: "process coordinator", admin: "admin" };

const NL_STAGES: Record<string, string> = { read: "gegevens lezen", projection: "graaf opbouwen", similarity: "gelijkenis berekenen", communities: "gemeenschappen zoeken", suggestions: "voorstellen maken", opportunities: "kansen zoeken", learning: "rangschikking leren", writing: "resultaten opslaan" };
const EN_STAGES: Record<string, string> = { read: "reading the data", projection: "building the graph", similarity: "computing similarity", communities: "finding communities", suggestions: "making suggestions", opportunities: "finding opportunities", learning: "learning the ranking", writing: "storing the results" };
const nlStage = (p: Params) => (p.stage ? ` bij de stap „${NL_STAGES[p.stage] ?? p.stage}”` : "");
const enStage = (p: Params) => (p.stage ? ` at the step “${EN_STAGES[p.stage] ?? p.stage}”` : "");

/** A pair's decision as the Dutch interface says it. */
const NL_DECISIONS: Record<string, string> = { accepted: "aanvaard", rejected: "afgewezen", open: "open" };

const SERVER_NL: Record<string, Message> = {
  "validation-failed": "De aanvraag is niet geldig.",
  "validation-failed.field": (p) => `Het veld „${p.field}” heeft geen geldige waarde${Number(p.count) > 1 ? plural("nl", Number(p.count) - 1, { one: " (en nog # ander veld)", other: " (en nog # andere velden)" }) : ""}.`,
  "malformed-json": "De aanvraag is geen geldige JSON.",
  "import-invalid": "De importbestanden bevatten problemen; er werd niets geschreven.",
  "import-invalid.problems": (p) => `${plural("nl", Number(p.count), { one: "# probleem", other: "# problemen" })} in de import — er werd niets geschreven.`,
  unauthorized: "Een geldig token is nodig.",
  "unauthorized.no-token": (p) => `Hiervoor is de rol ${NL_ROLES[p.required!] ?? p.required} nodig; meld je aan met een token.`,
  "unauthorized.bad-header": "Het token is niet goed doorgegeven; meld je opnieuw aan.",
  "unauthorized.unknown-token": "Dit token is onbekend of ingetrokken.",
  forbidden: "Je rol mag dit niet.",
  "forbidden.role": (p) => `Hiervoor is de rol ${NL_ROLES[p.required!] ?? p.required} nodig; jouw token heeft de rol ${NL_ROLES[p.role!] ?? p.role}.`,
  "not-found": "Niet gevonden.",
  "not-found.item": (p) => `${NL_WHAT[p.what!] ?? String(p.what)} „${p.id}” bestaat niet (meer).`,
  "not-found.route": (p) => `De dienst kent ${p.method} ${p.path} niet.`,
  conflict: "Dat botst met de huidige toestand (loopt er al een analyse?).",
  "payload-too-large": "Het bestand of de aanvraag is te groot.",
  "unsupported-media-type": "Dit soort inhoud wordt niet aanvaard.",
  "rate-limited": "Te veel aanvragen na elkaar; probeer het zo meteen opnieuw.",
  internal: "Er liep iets mis in de dienst; het aanvraagnummer staat in het logboek.",
  "database-unavailable": "De graafdatabank is even niet bereikbaar; probeer het zo meteen opnieuw.",
  "query-too-large": "Dit antwoord vraagt meer geheugen dan de graafdatabank voor één vraag toelaat; vraag minder.",
  "pdf-unavailable": "PDF afdrukken is niet beschikbaar op deze server; kies HTML of Markdown.",
  "service-busy": "De dienst verwerkt er al zoveel tegelijk als hij toelaat; probeer het zo meteen opnieuw.",
  "method-not-allowed": "Deze bewerking bestaat niet op dit adres.",
  "decision-changed": "Iemand anders besliste intussen over dit paar; laad het opnieuw en beslis dan.",
  "decision-changed.current": (p) => `het is nu ${NL_DECISIONS[p.decision!] ?? p.decision} (versie ${p.version}${p.by ? `, door ${p.by}` : ""}); er werd niets geschreven.`,
  "sync-unconfirmed": "Deze synchronisatie zou meer verwijderen dan de drempel toelaat; bekijk de proefrun en bevestig met het aantal verwijderingen.",
  // A job's status (src/errors.ts JOB_MESSAGES).
  "analysis-failed": (p) => `De analyse is mislukt${nlStage(p)}; de vorige resultaten blijven gelden.`,
  "analysis-failed.stopped": (p) => `Het analyseproces stopte voor het klaar was${nlStage(p)}; de vorige resultaten blijven gelden.`,
  "analysis-failed.too-few-projects": (p) => `Er valt niets te analyseren: een analyse heeft minstens twee netwerken nodig, en de databank bevat er ${p.count}.`,
};

const SERVER_EN: Record<string, Message> = {
  "validation-failed": "The request is not valid.",
  "validation-failed.field": (p) => `The field "${p.field}" has no valid value${Number(p.count) > 1 ? plural("en", Number(p.count) - 1, { one: " (and # other field)", other: " (and # other fields)" }) : ""}.`,
  "malformed-json": "The request is not valid JSON.",
  "import-invalid": "The import files have problems; nothing was written.",
  "import-invalid.problems": (p) => `${plural("en", Number(p.count), { one: "# problem", other: "# problems" })} in the import — nothing was written.`,
  unauthorized: "A valid token is required.",
  "unauthorized.no-token": (p) => `This needs the ${EN_ROLES[p.required!] ?? p.required} role; sign in with a token.`,
  "unauthorized.bad-header": "The token was not sent correctly; sign in again.",
  "unauthorized.unknown-token": "This token is unknown or revoked.",
  forbidden: "Your role may not do this.",
  "forbidden.role": (p) => `This needs the ${EN_ROLES[p.required!] ?? p.required} role; your token has the ${EN_ROLES[p.role!] ?? p.role} role.`,
  "not-found": "Not found.",
  "not-found.item": (p) => `The ${p.what} "${p.id}" does not exist (any more).`,
  "not-found.route": (p) => `The service does not know ${p.method} ${p.path}.`,
  conflict: "That conflicts with the current state (is an analysis already running?).",
  "payload-too-large": "The file or the request is too large.",
  "unsupported-media-type": "This kind of content is not accepted.",
  "rate-limited": "Too many requests in a row; try again in a moment.",
  internal: "Something went wrong in the service; the request id is in the log.",
  "database-unavailable": "The graph database cannot be reached at the moment; try again shortly.",
  "query-too-large": "This answer needs more memory than the graph database allows for one query; ask for less.",
  "pdf-unavailable": "PDF printing is not available on this server; choose HTML or Markdown.",
  "service-busy": "The service is handling as many of these at once as it allows; try again in a moment.",
  "method-not-allowed": "This operation does not exist at this address.",
  "decision-changed": "Someone else decided on this pair in the meantime; reload it and decide again.",
  "decision-changed.current": (p) => `it is now ${p.decision} (version ${p.version}${p.by ? `, by ${p.by}` : ""}); nothing was written.`,
  "sync-unconfirmed": "This sync would remove more than the threshold allows; look at the dry run and confirm with its number of removals.",
  "analysis-failed": (p) => `The analysis failed${enStage(p)}; the previous results still stand.`,
  "analysis-failed.stopped": (p) => `The analysis process stopped before it finished${enStage(p)}; the previous results still stand.`,
  "analysis-failed.too-few-projects": (p) => `Nothing to analyse: an analysis needs at least two networks, and the database holds ${p.count}.`,
};

/** An import problem's words from the shared import catalogue (the command line's too); undefined for an id it lacks. */
function importProblemText(lang: Lang, messageId: unknown, params: unknown): string | undefined {
  if (typeof messageId !== "string") return undefined;
  return importProblemWhat(lang, messageId, params && typeof params === "object" ? (params as Params) : {});
}

const CATALOGUE = {
  nl: {
    server: SERVER_NL,
    /** An import problem (its message id and parameters) without its place: what was expected and received. */
    importProblem: (messageId: unknown, params: unknown) => importProblemText("nl", messageId, params),
    roles: NL_ROLES,
    title: (role: string) => `Diagonal — werkruimte van de ${NL_ROLES[role] ?? role}`,
    signedInAs: (name: string, role: string) => `Aangemeld als ${name} (${NL_ROLES[role] ?? role})`,
    nav: "Onderdelen van de werkruimte",
    tabs: { reports: "Rapporten", exports: "Exports", recommend: "Wie past erbij?" },
    entities: { themes: "Thema's", projects: "Netwerken", partners: "Partners", outcomes: "Resultaten", projectThemes: "Thema's van netwerken", participations: "Deelnames", collaborations: "Samenwerkingen" } as Record<string, string>,
    stages: NL_STAGES,
    runColumns: ["Run", "Gestart", "Voorstellen", "Gemeenschappen", "Modulariteit"],
    imported: (parts: string[], seconds: number) => `Geïmporteerd in ${new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 1 }).format(seconds)} s: ${parts.join(", ")}.`,
    importedPart: (entity: string, rows: number, created: number, updated: number) => `${entity.toLowerCase()} ${rows} (${created} nieuw, ${updated} bijgewerkt)`,
    wholeNetwork: "Het hele netwerk",
    embedView: "Welke kaart",
    embedSubject: "Welk netwerk of thema",
    signals: "Signalen",
    // Reports
    reportKind: "Rapport",
    reportKinds: { health: "Gezondheid van het netwerk", theme: "Themarapport (voor beleid)", letter: "Aanbevelingsbrief aan een netwerk", digest: "Overzicht voor de nieuwsbrief" } as Record<string, string>,
    reportHelp: "Kies een rapport, bekijk het hier en download het als HTML, PDF of Markdown. Het rapport leest de laatste volledige analyse.",
    subjectTheme: "Thema",
    subjectProject: "Netwerk",
    since: "Sinds",
    format: "Formaat",
    formats: { html: "HTML (webpagina)", pdf: "PDF (afdrukken)", md: "Markdown (tekst)" } as Record<string, string>,
    reportLang: "Taal van het rapport",
    languages: { nl: "Nederlands", en: "Engels" } as Record<string, string>,
    preview: "Voorbeeld tonen",
    previewTitle: "Voorbeeld van het rapport",
    pdfPreview: "Het voorbeeld toont de HTML-versie; de PDF is dezelfde tekst, klaar om af te drukken.",
    download: "Downloaden",
    downloaded: (file: string) => `Gedownload: ${file}`,
    // Recommendations for a network in the graph or a new one
    recommend: {
      help: "Beschrijf een nieuw netwerk of kies er een uit de graaf: Diagonal stelt partners voor om uit te nodigen en netwerken om mee samen te werken of van te leren, elk met de reden.",
      modes: { new: "Een nieuw netwerk", stored: "Een netwerk uit de graaf" } as Record<string, string>,
      mode: "Over welk netwerk",
      network: "Netwerk",
      name: "Naam (optioneel)",
      description: "Beschrijving",
      descriptionHint: "Waarover gaat het netwerk? Een paar zinnen volstaan.",
      themes: "Thema's",
      lead: "Trekker (optioneel)",
      leadHint: "Typ een deel van de naam",
      pickLead: "Kies de trekker uit de lijst die verschijnt terwijl je typt.",
      networks: "Netwerken",
      networkFilters: { all: "Lopende en afgelopen", running: "Alleen lopende" } as Record<string, string>,
      ask: "Voorstellen tonen",
      needSomething: "Geef een beschrijving, een thema of een trekker.",
      partners: "Partners om uit te nodigen",
      networksTitle: "Netwerken om mee samen te werken of van te leren",
      columns: { name: "Naam", kind: "Soort", why: "Waarom", period: "Periode", timing: "Nu" } as Record<string, string>,
      timing: { running: "loopt", planned: "gepland", past: "afgelopen: om van te leren" } as Record<string, string>,
      none: "Geen voorstellen.",
      warnings: "Niet gebruikt",
      ranker: (learned: boolean): string => (learned ? "Gerangschikt met het model dat de laatste analyse leerde." : "Gerangschikt met de standaardgewichten."),
    },
    // Exports
    exportHelp: "Download de graaf voor Gephi en andere programma's, of tabellen voor een rekenblad. Ze bevatten de resultaten van de laatste volledige analyse.",
    exportGraph: "De graaf",
    exportTables: "Tabellen (CSV)",
    exports: {
      gexf: "GEXF (Gephi)", graphml: "GraphML (yEd, Cytoscape)", json: "JSON (graphology)",
      suggestions: "Voorstellen", decisions: "Beslissingen", opportunities: "Kansen",
    } as Record<string, string>,
  },
  en: {
    server: SERVER_EN,
    importProblem: (messageId: unknown, params: unknown) => importProblemText("en", messageId, params),
    roles: EN_ROLES,
    title: (role: string) => `Diagonal — ${EN_ROLES[role] ?? role}'s workspace`,
    signedInAs: (name: string, role: string) => `Signed in as ${name} (${EN_ROLES[role] ?? role})`,
    nav: "Parts of the workspace",
    tabs: { reports: "Reports", exports: "Exports", recommend: "Who fits in?" },
    entities: { themes: "Themes", projects: "Networks", partners: "Partners", outcomes: "Outcomes", projectThemes: "Themes of networks", participations: "Participations", collaborations: "Collaborations" } as Record<string, string>,
    stages: EN_STAGES,
    runColumns: ["Run", "Started", "Suggestions", "Communities", "Modularity"],
    imported: (parts: string[], seconds: number) => `Imported in ${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }).format(seconds)} s: ${parts.join(", ")}.`,
    importedPart: (entity: string, rows: number, created: number, updated: number) => `${entity.toLowerCase()} ${rows} (${created} new, ${updated} updated)`,
    wholeNetwork: "The whole network",
    embedView: "Which map",
    embedSubject: "Which network or theme",
    signals: "Signals",
    reportKind: "Report",
    reportKinds: { health: "Health of the network", theme: "Theme report (for policy)", letter: "Recommendation letter to a network", digest: "Newsletter digest" } as Record<string, string>,
    reportHelp: "Choose a report, preview it here and download it as HTML, PDF or Markdown. The report reads the latest complete analysis.",
    subjectTheme: "Theme",
    subjectProject: "Network",
    since: "Since",
    format: "Format",
    formats: { html: "HTML (web page)", pdf: "PDF (print)", md: "Markdown (text)" } as Record<string, string>,
    reportLang: "Language of the report",
    languages: { nl: "Dutch", en: "English" } as Record<string, string>,
    preview: "Show preview",
    previewTitle: "Preview of the report",
    pdfPreview: "The preview shows the HTML version; the PDF is the same text, ready to print.",
    download: "Download",
    downloaded: (file: string) => `Downloaded: ${file}`,
    recommend: {
      help: "Describe a new network or choose one from the graph: Diagonal suggests partners to invite and networks to work with or learn from, each with its reason.",
      modes: { new: "A new network", stored: "A network in the graph" } as Record<string, string>,
      mode: "Which network",
      network: "Network",
      name: "Name (optional)",
      description: "Description",
      descriptionHint: "What is the network about? A few sentences will do.",
      themes: "Themes",
      lead: "Lead partner (optional)",
      leadHint: "Type part of the name",
      pickLead: "Choose the lead partner from the list that appears as you type.",
      networks: "Networks",
      networkFilters: { all: "Running and past", running: "Running only" } as Record<string, string>,
      ask: "Show suggestions",
      needSomething: "Give a description, a theme or a lead partner.",
      partners: "Partners to invite",
      networksTitle: "Networks to work with or learn from",
      columns: { name: "Name", kind: "Kind", why: "Why", period: "Period", timing: "Now" } as Record<string, string>,
      timing: { running: "running", planned: "planned", past: "past: to learn from" } as Record<string, string>,
      none: "No suggestions.",
      warnings: "Not used",
      ranker: (learned: boolean): string => (learned ? "Ranked with the model the latest analysis learned." : "Ranked with the default weights."),
    },
    exportHelp: "Download the graph for Gephi and other tools, or tables for a spreadsheet. They hold the results of the latest complete analysis.",
    exportGraph: "The graph",
    exportTables: "Tables (CSV)",
    exports: {
      gexf: "GEXF (Gephi)", graphml: "GraphML (yEd, Cytoscape)", json: "JSON (graphology)",
      suggestions: "Suggestions", decisions: "Decisions", opportunities: "Opportunities",
    } as Record<string, string>,
  },
};

export type Catalogue = (typeof CATALOGUE)["en"];
export const catalogue = (lang: Lang): Catalogue => CATALOGUE[lang];
/** Both languages' catalogues, for the test that checks they have the same ids. */
export const CATALOGUES: Record<Lang, Catalogue> = CATALOGUE;

/** A server message (a problem document's messageId and params) in the reader's language; undefined for an id the catalogue lacks. */
export function serverMessage(lang: Lang, messageId: unknown, params: unknown): string | undefined {
  if (typeof messageId !== "string") return undefined;
  const m = CATALOGUE[lang].server[messageId];
  if (m === undefined) return undefined;
  return typeof m === "string" ? m : m(params && typeof params === "object" ? (params as Params) : {});
}
