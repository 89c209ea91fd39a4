// Picking the fields a presenter shows: only declared fields leave the API (never internal
// properties such as Partner.nameKey), and absent values are left out rather than sent as null.
// A date stored with a precision (`startPrecision: "year"`) is shown as written: 2012, not 2012-01-01.
import { cutToPrecision } from "../../schemas/partial-date.ts";

/**
 * The listed fields of o. Typed as T: presenters list the fields of the schema o was validated
 * with, and leave out only absent values, so the result meets the response schema (routes check
 * it: a handler returns z.input of its response schema).
 */
export function only<T extends object>(o: T, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (o as Record<string, unknown>)[f];
    if (v === undefined || v === null) continue;
    const precision = (o as Record<string, unknown>)[`${f}Precision`];
    out[f] = typeof v === "string" && precision ? cutToPrecision(v, precision) : v;
  }
  return out as T;
}
