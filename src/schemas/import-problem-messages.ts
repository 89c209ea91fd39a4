// What an import problem says, in Dutch and English, from one catalogue. Every problem line
// ("projects.csv row 12, column end: expected a date …, got "2023-13-45"") is a message id — what
// was expected — with parameters: where it is (file, sheet, row, field), what was received, the
// kind of value given instead, a note id and the parameters of both. The importer names the id
// (importProblemMessage), the API sends it with its parameters, the command line says it in
// English and the workspace in the reader's language, all through importProblemText.
// Depends on nothing, so the importer, the command line and the browser share it.

export type ImportProblemLang = "nl" | "en";
export type ImportMessageParams = Record<string, string | number>;

/** One message in both languages; `{name}` is a parameter. */
interface Phrase { en: string; nl: string }

/** What a row, cell or file was expected to hold. The id is the problem's message id. */
export const IMPORT_EXPECTATIONS = {
  // Cells (the entity schemas' own words).
  "import.identifier-text": { en: "expected an identifier (text)", nl: "verwacht een id (tekst)" },
  "import.identifier": {
    en: "expected an identifier: letters, digits, '-', '_', '.', ':' and no spaces (max 100)",
    nl: "verwacht een id: letters, cijfers, '-', '_', '.', ':' en geen spaties (hoogstens 100 tekens)",
  },
  "import.text-at-most": { en: "expected text of at most {max} characters", nl: "verwacht tekst van hoogstens {max} tekens" },
  "import.text-at-least-one": { en: "expected text of at least 1 character", nl: "verwacht tekst van minstens 1 teken" },
  "import.text-at-least": { en: "expected text of at least {min} characters", nl: "verwacht tekst van minstens {min} tekens" },
  "import.text-control-character": { en: "expected text without control characters, found {char} at character {at}", nl: "verwacht tekst zonder stuurtekens, maar teken {at} is {char}" },
  "import.text-surrogate": { en: "expected text without unpaired surrogate characters (broken UTF-16)", nl: "verwacht tekst zonder losse surrogaattekens (beschadigde UTF-16)" },
  "import.text": { en: "expected text", nl: "verwacht tekst" },
  "import.date": { en: "expected a date as YYYY-MM-DD, YYYY-MM or YYYY", nl: "verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ" },
  "import.end-after-start": { en: "expected an end date on or after the start date", nl: "verwacht een einddatum op of na de begindatum" },
  "import.url": { en: "expected an http(s) URL", nl: "verwacht een webadres dat met http(s) begint" },
  "import.number-range": { en: "expected a number from {min} to {max}", nl: "verwacht een getal van {min} tot {max}" },
  "import.one-of-or-nothing": { en: "expected one of: {values} (or nothing)", nl: "verwacht een van: {values} (of niets)" },
  "import.one-of": { en: "expected one of: {values}", nl: "verwacht een van: {values}" },
  "import.enterprise-number": {
    en: "expected a KBO number (0123.456.749) or an EU VAT number (BE0123456749)",
    nl: "verwacht een KBO-nummer (0123.456.749) of een Europees btw-nummer (BE0123456749)",
  },
  "import.enterprise-check-digits": {
    en: "expected a Belgian enterprise number whose last two digits are its check digits (97 minus the first eight digits mod 97)",
    nl: "verwacht een Belgisch ondernemingsnummer waarvan de laatste twee cijfers de controlecijfers zijn (97 min de eerste acht cijfers modulo 97)",
  },
  "import.two-projects": { en: "expected two different projects", nl: "verwacht twee verschillende netwerken" },
  "import.number-at-most": { en: "expected a number at most {max}", nl: "verwacht een getal van hoogstens {max}" },
  "import.number-at-least": { en: "expected a number at least {min}", nl: "verwacht een getal van minstens {min}" },
  "import.number": { en: "expected a number", nl: "verwacht een getal" },
  "import.whole-number": { en: "expected a whole number", nl: "verwacht een geheel getal" },
  "import.yes-no": { en: "expected true or false", nl: "verwacht true of false (ja of nee)" },
  "import.list": { en: "expected a list", nl: "verwacht een lijst" },
  "import.object": { en: "expected an object", nl: "verwacht een object" },
  "import.format": { en: "expected a value in the documented format", nl: "verwacht een waarde in de beschreven vorm" },
  "import.unknown-fields": { en: "unknown field(s): {keys}", nl: "onbekende velden: {keys}" },
  // Files, sheets and lists.
  "import.json-row-object": { en: "expected an object with the fields of one row", nl: "verwacht een object met de velden van één rij" },
  "import.json-document": { en: "expected a valid JSON document in UTF-8", nl: "verwacht een geldig JSON-document in UTF-8" },
  "import.json-depth": {
    en: "expected lists of rows whose values are plain text, numbers or short lists (at most {depth} levels of nesting)",
    nl: "verwacht lijsten van rijen met als waarden gewone tekst, getallen of korte lijsten (hoogstens {depth} niveaus diep)",
  },
  "import.json-list-file": {
    en: "expected a JSON list in a file named after an entity ({names}.json), or one object with a list per entity",
    nl: "verwacht een JSON-lijst in een bestand met de naam van een entiteit ({names}.json), of één object met een lijst per entiteit",
  },
  "import.json-object": { en: "expected one object with a list per entity (themes, projects, partners, …)", nl: "verwacht één object met een lijst per entiteit (themes, projects, partners, …)" },
  "import.import-file": { en: "expected an import file", nl: "verwacht een importbestand" },
  "import.json-lists": { en: "expected only the lists {names}", nl: "verwacht alleen de lijsten {names}" },
  "import.json-rows": { en: "expected a list of rows", nl: "verwacht een lijst van rijen" },
  "import.sync-rows": { en: "expected rows of {entity} to sync with, since --sync names it", nl: "verwacht rijen met {entity} om mee te synchroniseren, want --sync noemt ze" },
  "import.csv-utf8": { en: "expected UTF-8; save the file as CSV UTF-8", nl: "verwacht UTF-8; bewaar het bestand als CSV UTF-8" },
  "import.header-row": { en: "expected a header row with the column names", nl: "verwacht een kopregel met de kolomnamen" },
  "import.csv-separator": { en: "expected columns separated by a comma, a semicolon or a tab", nl: "verwacht kolommen gescheiden door een komma, een puntkomma of een tab" },
  "import.csv-quote-closed": { en: "expected every quote (\") that opens a cell to be closed", nl: "verwacht dat elk aanhalingsteken (\") dat een cel opent, ook gesloten wordt" },
  "import.csv-quote-doubled": { en: "expected a quote inside a quoted cell to be doubled (\"\")", nl: "verwacht een verdubbeld aanhalingsteken (\"\") binnen een cel tussen aanhalingstekens" },
  "import.csv-separator-after-quote": { en: "expected the separator right after a closing quote", nl: "verwacht het scheidingsteken meteen na een sluitend aanhalingsteken" },
  "import.csv": { en: "expected valid CSV", nl: "verwacht geldige CSV" },
  "import.named-after-entity": { en: "expected a {what} named after an entity: {names}", nl: "verwacht {what} met de naam van een entiteit: {names}" },
  "import.known-column": { en: "expected a column of {entity}: {columns}", nl: "verwacht een kolom van {entity}: {columns}" },
  "import.column-once": { en: "expected each column once", nl: "verwacht elke kolom één keer" },
  "import.column-required": { en: "expected a column \"{column}\" (required for {entity})", nl: "verwacht een kolom „{column}” (verplicht voor {entity})" },
  "import.headerless-empty": { en: "expected no value in a column without a header", nl: "verwacht geen waarde in een kolom zonder kop" },
  "import.table-rows": { en: "expected rows of {entity} below the header", nl: "verwacht rijen met {entity} onder de kopregel" },
  "import.file-type": { en: "expected a .csv, .xlsx or .json file", nl: "verwacht een .csv-, .xlsx- of .json-bestand" },
  "import.xlsx-size": { en: "expected an XLSX workbook of ordinary size", nl: "verwacht een XLSX-werkmap van gewone grootte" },
  "import.xlsx": { en: "expected an XLSX workbook", nl: "verwacht een XLSX-werkmap" },
  "import.xlsx-header": { en: "expected a header row with the column names in row 1", nl: "verwacht een kopregel met de kolomnamen in rij 1" },
  "import.xlsx-formula": { en: "expected a value, not a formula without a saved result", nl: "verwacht een waarde, geen formule zonder bewaard resultaat" },
  "import.xlsx-data-sheet": { en: "expected at least one sheet named after an entity", nl: "verwacht minstens één blad met de naam van een entiteit" },
  // Rows against each other and against the stored graph.
  "import.id-once": { en: "expected each id once in {entity}", nl: "verwacht elke id één keer in {entity}" },
  "import.known-id": { en: "expected a {noun} id that is in the import's {entity} or already stored", nl: "verwacht de id van een {noun} uit de import ({entity}) of een die al opgeslagen is" },
  "import.project-theme-once": { en: "expected each project–theme pair once", nl: "verwacht elk paar van netwerk en thema één keer" },
  "import.collaboration-once": { en: "expected each collaboration once", nl: "verwacht elke samenwerking één keer" },
  /** Anything else: the English text as it was given (`expected`), in both languages. */
  "import.other": { en: "{expected}", nl: "{expected}" },
} as const satisfies Record<string, Phrase>;
export type ImportProblemId = keyof typeof IMPORT_EXPECTATIONS;

/** What a problem adds in brackets; the id goes in the `note` parameter. */
export const IMPORT_NOTES = {
  "note.json-depth": { en: "the document nests deeper than that", nl: "het document is dieper genest" },
  "note.not-utf8": { en: "the file is not UTF-8", nl: "het bestand is geen UTF-8" },
  "note.no-entity-lists": { en: "it holds no entity lists; skipped", nl: "het bevat geen lijsten van entiteiten; overgeslagen" },
  "note.not-one-of-them": { en: "\"{key}\" is not one of them", nl: "„{key}” is er geen van" },
  "note.sync-no-rows": { en: "its sheet or file has no data rows; a sync would remove every stored row", nl: "het blad of bestand heeft geen gegevensrijen; een synchronisatie zou elke opgeslagen rij verwijderen" },
  "note.sync-no-table": { en: "the files have no sheet or file for it", nl: "de bestanden hebben er geen blad of bestand voor" },
  "note.latin1": { en: "the file holds bytes that are not UTF-8, e.g. Latin-1 accents", nl: "het bestand bevat bytes die geen UTF-8 zijn, bv. Latin-1-accenten" },
  "note.file-empty": { en: "the file is empty", nl: "het bestand is leeg" },
  "note.foreign-separator": {
    en: "the header row is one column; its names seem separated by {separator}. Save the file as CSV with ',' or ';' as separator",
    nl: "de kopregel is één kolom; de namen lijken gescheiden door {separator}. Bewaar het bestand als CSV met ',' of ';' als scheidingsteken",
  },
  "note.quote-unclosed": { en: "a quote opens a cell in this row and is never closed, so the rest of the file would be one cell", nl: "een aanhalingsteken opent een cel in deze rij en wordt nooit gesloten, zodat de rest van het bestand één cel zou zijn" },
  "note.quote-followed": { en: "a quote is followed by other characters in this row", nl: "in deze rij volgen er andere tekens op een aanhalingsteken" },
  "note.after-closing-quote": { en: "there are characters between the closing quote and the next separator in this row", nl: "in deze rij staan er tekens tussen het sluitende aanhalingsteken en het volgende scheidingsteken" },
  "note.csv-unreadable": { en: "the file could not be read as CSV from this row on; save it again as CSV UTF-8", nl: "vanaf deze rij kon het bestand niet als CSV gelezen worden; bewaar het opnieuw als CSV UTF-8" },
  "note.not-an-entity": { en: "\"{name}\" is not one", nl: "„{name}” is er geen" },
  "note.unknown-column": { en: "unknown column; ignored", nl: "onbekende kolom; genegeerd" },
  "note.same-column": { en: "\"{first}\" and \"{second}\" are both {key}", nl: "„{first}” en „{second}” zijn allebei {key}" },
  "note.missing-column": { en: "missing column", nl: "ontbrekende kolom" },
  "note.no-rows": { en: "no rows; nothing to import from it", nl: "geen rijen; er valt niets uit te importeren" },
  "note.skipped-file-type": { en: "skipped; save it as CSV UTF-8 or .xlsx to import it", nl: "overgeslagen; bewaar het als CSV UTF-8 of .xlsx om het te importeren" },
  "note.extension": { en: "the extension decides how the file is read", nl: "de extensie bepaalt hoe het bestand gelezen wordt" },
  "note.xlsx-refused": { en: "{reason}; refused before unpacking it", nl: "{reason}; geweigerd voor het uitpakken" },
  "note.xlsx-parts": {
    en: "the file could not be opened as one: its parts are not those of a workbook; save it from the spreadsheet program as .xlsx",
    nl: "het bestand kon niet als werkmap geopend worden: de onderdelen zijn niet die van een werkmap; bewaar het vanuit het rekenbladprogramma als .xlsx",
  },
  "note.xlsx-unopened": {
    en: "the file could not be opened as one: {reason}; save it from the spreadsheet program as .xlsx",
    nl: "het bestand kon niet als werkmap geopend worden: {reason}; bewaar het vanuit het rekenbladprogramma als .xlsx",
  },
  "note.sheet-empty": { en: "the sheet is empty", nl: "het blad is leeg" },
  "note.formula": {
    en: "the program that saved the file did not calculate it; open and save it in a spreadsheet program, or type the value",
    nl: "het programma dat het bestand bewaarde, berekende ze niet; open en bewaar het in een rekenbladprogramma, of typ de waarde",
  },
  "note.no-data-sheets": { en: "the workbook has no data sheets", nl: "de werkmap heeft geen gegevensbladen" },
  "note.duplicate-id": { en: "duplicate id; also at {at}", nl: "dubbele id; ook in {at}" },
  "note.unknown-id": { en: "unknown {noun}", nl: "{noun} niet gevonden" },
  "note.project-theme-repeats": { en: "{project} – {theme} repeats; this row's weight is used", nl: "{project} – {theme} komt opnieuw voor; het gewicht van deze rij telt" },
  "note.collaboration-repeats": {
    en: "{from} – {to} was already listed (either direction); values of the first row are kept, empty ones filled",
    nl: "{from} – {to} stond er al (in een van beide richtingen); de waarden van de eerste rij blijven, lege worden aangevuld",
  },
  "note.other": { en: "{noteText}", nl: "{noteText}" },
} as const satisfies Record<string, Phrase>;

/** Values a parameter may carry in English words, with their Dutch (what was received, a kind of value, a reason). */
const VALUE_PHRASES: Phrase[] = [
  { en: "nothing", nl: "niets" },
  { en: "an empty cell", nl: "een lege cel" },
  { en: "an invalid date", nl: "een ongeldige datum" },
  { en: "{value} (a yes/no value)", nl: "{value} (een ja/nee-waarde)" },
  { en: "a list {value}", nl: "een lijst {value}" },
  { en: "an object {value}", nl: "een object {value}" },
  { en: "(too deeply nested to show)", nl: "(te diep genest om te tonen)" },
  { en: "a list", nl: "een lijst" },
  { en: "an object", nl: "een object" },
  { en: "a yes/no value", nl: "een ja/nee-waarde" },
  { en: "a number", nl: "een getal" },
  { en: "a date", nl: "een datum" },
  { en: "text", nl: "tekst" },
  { en: "sheet", nl: "een blad" },
  { en: "list", nl: "een lijst" },
  { en: "file", nl: "een bestand" },
  { en: "'|' (a vertical bar)", nl: "'|' (een verticale streep)" },
  { en: "':' (a colon)", nl: "':' (een dubbelpunt)" },
  { en: "the file is not a ZIP archive, as every .xlsx workbook is", nl: "het bestand is geen ZIP-archief, wat elke .xlsx-werkmap is" },
  { en: "the archive uses ZIP64, which only files of several gigabytes need", nl: "het archief gebruikt ZIP64, wat alleen bestanden van enkele gigabytes nodig hebben" },
  { en: "the archive's table of contents is damaged", nl: "de inhoudstafel van het archief is beschadigd" },
  { en: "it would unpack to more than {size} (the limit for a workbook)", nl: "uitgepakt zou het groter zijn dan {size} (de grens voor een werkmap)" },
  { en: "the part {part} is damaged", nl: "het onderdeel {part} is beschadigd" },
  { en: "the part {part} is compressed in a way spreadsheet programs do not use", nl: "het onderdeel {part} is gecomprimeerd op een manier die rekenbladprogramma's niet gebruiken" },
];

/** The import's entities as the Dutch text names them (the English text uses the names as they are). */
const NL_ENTITIES: Record<string, string> = {
  themes: "thema's", projects: "netwerken", partners: "partners", outcomes: "resultaten",
  projectThemes: "thema's van netwerken", participations: "deelnames", collaborations: "samenwerkingen",
};
const NL_NOUNS: Record<string, string> = { theme: "thema", project: "netwerk", partner: "partner", outcome: "resultaat" };

/** How a parameter is said in Dutch: entities and nouns by name, English value words by VALUE_PHRASES, places by placeText. */
const NL_PARAM: Record<string, (v: string) => string> = {
  entity: (v) => NL_ENTITIES[v] ?? v,
  noun: (v) => NL_NOUNS[v] ?? v,
  received: (v) => translateValue(v),
  given: (v) => translateValue(v),
  what: (v) => translateValue(v),
  separator: (v) => translateValue(v),
  reason: (v) => translateValue(v),
  at: (v) => v.replace(/ row (\d+)$/, " rij $1"),
};

/** `{name}` placeholders as capture groups, the rest literal. */
function compile(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.split(/\{(\w+)\}/).map((part, i) => {
    if (i % 2 === 1) { names.push(part); return "([\\s\\S]*?)"; }
    return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return { re: new RegExp(`^${source}$`), names };
}

function matcher<K extends string>(table: Record<K, Phrase>, fallback: K) {
  const compiled = (Object.keys(table) as K[]).filter((k) => k !== fallback).map((id) => ({ id, ...compile(table[id].en) }));
  // An import with 100k problems says a few dozen different things: each text is matched once.
  const seen = new Map<string, { id: K; params: ImportMessageParams } | undefined>();
  return (text: string): { id: K; params: ImportMessageParams } | undefined => {
    if (seen.has(text)) return seen.get(text);
    let found: { id: K; params: ImportMessageParams } | undefined;
    for (const c of compiled) {
      const m = c.re.exec(text);
      if (m) { found = { id: c.id, params: Object.fromEntries(c.names.map((n, i) => [n, m[i + 1]!])) }; break; }
    }
    if (seen.size >= 2000) seen.clear();
    seen.set(text, found);
    return found;
  };
}

const matchExpected = matcher(IMPORT_EXPECTATIONS, "import.other");
const matchNote = matcher(IMPORT_NOTES, "note.other");
const VALUES = VALUE_PHRASES.map((p) => ({ p, ...compile(p.en) }));

function fill(template: string, params: ImportMessageParams, lang: ImportProblemLang): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = params[name];
    if (v === undefined) return "";
    return lang === "nl" && NL_PARAM[name] ? NL_PARAM[name](String(v)) : String(v);
  });
}

/** An English value phrase ("an empty cell", "a list [1,2]") in Dutch; any other value as it is. */
function translateValue(v: string): string {
  for (const c of VALUES) {
    const m = c.re.exec(v);
    if (m) return c.p.nl.replace(/\{(\w+)\}/g, (_s, name: string) => m[c.names.indexOf(name) + 1] ?? "");
  }
  return v;
}

/** What kind of value a schema says was given instead (", got a list"), split off its expectation. */
const GIVEN = /, got (nothing|a list|an object|a yes\/no value|a number|text|a date)$/;

/** Where a problem is, as its parameters. */
export interface ImportProblemPlace { file: string; sheet?: string; row?: number; column?: string }

/**
 * A problem's message id and parameters from its English words: what was expected (and the kind of
 * value given instead), the value received as shown, and the note. Words the catalogue does not know
 * keep their English in `import.other` / `note.other`.
 */
export function importProblemMessage(at: ImportProblemPlace, expected: string, received?: string, note?: string): { messageId: ImportProblemId; params: ImportMessageParams } {
  const params: ImportMessageParams = { file: at.file };
  if (at.sheet) params.sheet = at.sheet;
  if (at.row !== undefined) params.row = at.row;
  if (at.column) params.field = at.column;
  let rest = expected;
  const given = GIVEN.exec(rest);
  if (given) { params.given = given[1]!; rest = rest.slice(0, given.index); }
  const e = matchExpected(rest);
  if (e) Object.assign(params, e.params);
  else params.expected = rest;
  if (received !== undefined) params.received = received;
  if (note !== undefined) {
    const n = matchNote(note);
    if (n) Object.assign(params, n.params, { note: n.id });
    else Object.assign(params, { note: "note.other", noteText: note });
  }
  return { messageId: e?.id ?? "import.other", params };
}

const PLACE_WORDS = {
  en: { sheet: (s: string) => ` [sheet ${s}]`, row: "row", item: "item", column: "column", got: "got" },
  nl: { sheet: (s: string) => ` [blad ${s}]`, row: "rij", item: "element", column: "kolom", got: "maar kreeg" },
};

/** Where the problem is: `projects.csv row 7, column start`, `data.json › projects item 3`, `x.xlsx [sheet themes] row 2`. */
export function importProblemPlace(lang: ImportProblemLang, params: ImportMessageParams): string {
  const w = PLACE_WORDS[lang];
  const file = String(params.file ?? "");
  const isJson = /\.json$/i.test(file);
  let where = file;
  if (params.sheet !== undefined) where += isJson ? ` › ${params.sheet}` : w.sheet(String(params.sheet));
  if (params.row !== undefined) where += ` ${isJson ? w.item : w.row} ${params.row}`;
  if (params.field !== undefined) where += `${params.row !== undefined ? "," : ""} ${w.column} ${params.field}`;
  return where;
}

/** What is wrong, without the place: `expected a date as …, got "2023-13-45" (note)`; undefined for an unknown id. */
export function importProblemWhat(lang: ImportProblemLang, messageId: string, params: ImportMessageParams): string | undefined {
  const phrase = (IMPORT_EXPECTATIONS as Record<string, Phrase>)[messageId];
  if (!phrase) return undefined;
  const w = PLACE_WORDS[lang];
  let text = fill(phrase[lang], params, lang);
  if (params.given !== undefined) text += `, ${w.got} ${fill("{given}", params, lang)}`;
  if (params.received !== undefined) text += `, ${w.got} ${fill("{received}", params, lang)}`;
  const note = params.note === undefined ? undefined : (IMPORT_NOTES as Record<string, Phrase>)[String(params.note)];
  if (note) text += ` (${fill(note[lang], params, lang)})`;
  return text;
}

/** The whole line, place and what is wrong: `projects.csv row 7, column start: expected …`. */
export function importProblemText(lang: ImportProblemLang, messageId: string, params: ImportMessageParams): string | undefined {
  const what = importProblemWhat(lang, messageId, params);
  return what === undefined ? undefined : `${importProblemPlace(lang, params)}: ${what}`;
}

/** What was expected, in the English words the importer and the entity schemas use: worded here only. */
export function expectedText(id: Exclude<ImportProblemId, "import.other">, params: ImportMessageParams = {}): string {
  return fill(IMPORT_EXPECTATIONS[id].en, params, "en");
}

/** A note's English words, as the importer writes it beside what was expected. */
export function noteText(id: Exclude<keyof typeof IMPORT_NOTES, "note.other">, params: ImportMessageParams = {}): string {
  return fill(IMPORT_NOTES[id].en, params, "en");
}

/** Every import problem id, for the catalogue's test. */
export const IMPORT_PROBLEM_IDS = Object.keys(IMPORT_EXPECTATIONS) as ImportProblemId[];
