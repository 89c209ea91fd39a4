// Picking the fields a presenter shows: only declared fields leave the API (never internal
// properties such as Partner.nameKey), and absent values are left out rather than sent as null.
// A date stored with a precision (`startPrecision: "year"`) is shown as written: 2012, not 2012-01-01.
import type { z } from "zod";
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

/**
 * The fields of o that its response schema declares, typed as the schema's output: a field renamed
 * or removed in the schema but not in the record (or the other way round) breaks the build, and a
 * field the schema does not declare (a private one) never leaves the API.
 */
export function pick<S extends z.ZodObject>(schema: S, o: z.output<S>): z.output<S> {
  let fields = fieldsOf.get(schema);
  if (!fields) fieldsOf.set(schema, (fields = Object.keys(schema.shape)));
  return only(o as object, fields) as z.output<S>;
}

/** Each schema's field names, listed once (a page of suggestions picks from the same schema 500 times). */
const fieldsOf = new WeakMap<z.ZodObject, string[]>();
