// Field types shared by the entity schemas. Each accepts what a JSON file, a CSV cell or an
// XLSX cell gives for that field (an empty cell is "absent"), so one schema per thing serves
// the importer, the HTTP API and the OpenAPI document alike.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (v === "" || v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** A stable identifier: letters, digits, '-', '_', '.', ':' (no spaces), 1–100 characters. */
export const id = z
  .string({ error: "expected an identifier (text)" })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "expected an identifier: letters, digits, '-', '_', '.', ':' and no spaces (max 100)");

export const requiredText = (max = 500) =>
  z.preprocess(blankToUndefined, z.string({ error: "expected text, got nothing" }).trim().min(1).max(max));

export const optionalText = (max = 5000) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** ISO calendar date (YYYY-MM-DD); spreadsheet dates arrive as Date objects. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : blankToUndefined(v)),
  z.iso.date({ error: "expected a date as YYYY-MM-DD" }),
);
export const optionalDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : blankToUndefined(v)),
  z.iso.date({ error: "expected a date as YYYY-MM-DD" }).optional(),
);

export const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional());

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
  }, z.number({ error: `expected a number from ${min} to ${max}` }).min(min).max(max));

const enumInput = (fallback?: string) => (v: unknown) => {
  const b = blankToUndefined(v);
  if (b === undefined) return fallback;
  return typeof b === "string" ? b.trim().toLowerCase() : b;
};

/** One of a fixed list (case-insensitive); a blank cell takes the fallback, or is an error without one. */
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T, fallback?: T[number]) =>
  z.preprocess(enumInput(fallback), z.enum(values, { error: `expected one of: ${values.join(", ")}` }));

/** One of a fixed list, or nothing (a blank cell). */
export const optionalEnumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(enumInput(), z.enum(values, { error: `expected one of: ${values.join(", ")} (or nothing)` }).optional());

/** The languages of reasons, reports and labels. */
export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: "expected nl or en" });
