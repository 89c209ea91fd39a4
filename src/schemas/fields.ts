// Field types shared by the entity schemas. Each accepts what a JSON file, a CSV cell or an
// XLSX cell gives for that field (an empty cell is "absent"), so one schema per thing serves
// the importer, the HTTP API and the OpenAPI document alike.
import { z } from "zod";
import { givenKind } from "./messages.ts";
import { datePrecision } from "./partial-date.ts";
import { plainString, unifyLineEnds } from "./control-characters.ts";
import { expectedText } from "./import-problem-messages.ts";

const blankToUndefined = (v: unknown) => (v === "" || v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** A stable identifier: letters, digits, '-', '_', '.', ':' (no spaces), 1–100 characters. */
export const id = z
  .string({ error: expectedText("import.identifier-text") })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, expectedText("import.identifier"));

/** "expected text, got a list" — names what was given instead of text (a JSON list, object, yes/no). */
const textError = (iss: { input?: unknown }) => `${expectedText("import.text")}${givenKind(iss.input)}`;
const tooLong = (max: number) => expectedText("import.text-at-most", { max });

/** Texts longer than this are long texts (descriptions, summaries): they may hold tabs and line breaks. */
const LONG_TEXT = 500;

export const requiredText = (max = 500) =>
  z.preprocess(blankToUndefined, plainString(max > LONG_TEXT, { error: textError }).trim().regex(/\S/, `${expectedText("import.text")}${givenKind(undefined)}`).max(max, tooLong(max)));

export const optionalText = (max = 5000) =>
  z.preprocess((v) => unifyLineEnds(blankToUndefined(v)), plainString(max > LONG_TEXT, { error: textError }).trim().max(max, tooLong(max)).optional());

const DATE_EXPECTED = expectedText("import.date");
/** A date of day, month or year precision (YYYY-MM-DD, YYYY-MM, YYYY); numbers such as 2012 count as years. */
const partialDate = z
  .string({ error: (iss) => `${DATE_EXPECTED}${givenKind(iss.input)}` })
  .trim()
  // Months 01–12 and days 01–31 in the pattern itself, so the OpenAPI document states them too.
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: DATE_EXPECTED, abort: true })
  .refine((s) => datePrecision(s) !== undefined, DATE_EXPECTED)
  .meta({ description: "YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known", example: "2012-09-01" });
const dateInput = (v: unknown) => {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === "number" && Number.isInteger(v) && v >= 1000 && v <= 9999) return String(v);
  return blankToUndefined(v);
};

/** ISO calendar date (YYYY-MM-DD), or a month (YYYY-MM) or year (YYYY); spreadsheet dates arrive as Date objects. */
export const isoDate = z.preprocess(dateInput, partialDate);
export const optionalDate = z.preprocess(dateInput, partialDate.optional());

export const optionalUrl = z.preprocess(
  blankToUndefined,
  z.url({ protocol: /^https?$/, error: expectedText("import.url"), abort: true }).regex(/^https?:\/\/[^\s/?#]+/, expectedText("import.url")).meta({ example: "https://example.org" }).optional(),
);

/** A list of ids: a JSON array, or one cell with ids separated by ';' or ','. */
export const idList = z.preprocess((v) => {
  const b = blankToUndefined(v);
  if (b === undefined) return [];
  if (typeof b === "string") return b.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
  return b;
}, z.array(id));

/** A number in a range; CSV cells arrive as text. */
export const numberIn = (min: number, max: number, fallback?: number) =>
  z.preprocess((v) => {
    const b = blankToUndefined(v);
    if (b === undefined) return fallback;
    if (typeof b === "string" && /^-?\d+([.,]\d+)?$/.test(b.trim())) return Number(b.trim().replace(",", "."));
    return b;
  }, z.number({ error: (iss) => `${expectedText("import.number-range", { min, max })}${givenKind(iss.input)}` }).min(min, expectedText("import.number-range", { min, max })).max(max, expectedText("import.number-range", { min, max })));

const enumInput = (fallback?: string) => (v: unknown) => {
  const b = blankToUndefined(v);
  if (b === undefined) return fallback;
  return typeof b === "string" ? b.trim().toLowerCase() : b;
};

/** One of a fixed list (case-insensitive); a blank cell takes the fallback, or is an error without one. */
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) =>
  z.preprocess(enumInput(fallback), z.enum(values, { error: expectedText("import.one-of", { values: values.join(", ") }) }));

/** One of a fixed list, or nothing (a blank cell). */
export const optionalEnumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(enumInput(), z.enum(values, { error: expectedText("import.one-of-or-nothing", { values: values.join(", ") }) }).optional());

/** The languages of reasons, reports and labels. */
export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: "expected nl or en" });
