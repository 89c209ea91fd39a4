// Zod's own messages ("Too big: expected number to be <=1") are library text, not words a
// coordinator understands. This error map words every issue that a field did not word itself,
// saying what was expected and what kind of value was given (a list, an object, yes/no, …).
import { z } from "zod";

/** What a value is, in words: "a list", "an object", "a yes/no value", "a number", "text", "nothing". */
export function kindOf(v: unknown): string {
  if (v === undefined || v === null) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (v instanceof Date) return "a date";
  if (typeof v === "boolean") return "a yes/no value";
  if (typeof v === "number") return "a number";
  if (typeof v === "string") return "text";
  if (typeof v === "object") return "an object";
  return typeof v;
}

/** ", got a list" for values a reader cannot see as a cell (lists, objects, yes/no, nothing); "" for text and numbers, whose value the importer shows itself. */
export function givenKind(v: unknown): string {
  return typeof v === "string" || typeof v === "number" ? "" : `, got ${kindOf(v)}`;
}

const noun: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "an object", date: "a date" };

function tooBigOrSmall(iss: { code: string; origin?: string; maximum?: unknown; minimum?: unknown; inclusive?: boolean }): string | undefined {
  const big = iss.code === "too_big";
  const limit = String(big ? iss.maximum : iss.minimum);
  const strict = iss.inclusive === false;
  const word = big ? (strict ? "less than" : "at most") : strict ? "more than" : "at least";
  switch (iss.origin) {
    case "string": return `expected text of ${word} ${limit} character${limit === "1" ? "" : "s"}`;
    case "number": case "int": case "bigint": return `expected a number ${word} ${limit}`;
    case "array": case "set": return `expected ${word} ${limit} item${limit === "1" ? "" : "s"}`;
    default: return undefined;
  }
}

/** Installed once, by importing src/schemas (its index). */
export function installMessages(): void {
  z.config({
    customError: (iss) => {
      switch (iss.code) {
        case "invalid_type": return `expected ${noun[iss.expected] ?? iss.expected}${givenKind(iss.input)}`;
        case "too_big": case "too_small": return tooBigOrSmall(iss as never);
        case "invalid_value": return `expected one of: ${(iss.values as unknown[]).map(String).join(", ")}`;
        case "unrecognized_keys": return `unknown field(s): ${iss.keys.join(", ")}`;
        case "invalid_format": return `expected ${iss.format === "regex" ? "a value in the documented format" : `a valid ${iss.format}`}`;
        case "not_multiple_of": return `expected a multiple of ${String(iss.divisor)}`;
        default: return undefined;
      }
    },
  });
}
installMessages();
