// The one place where Neo4j values become plain JavaScript: integers, temporal values, nodes.
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, type Record as Neo4jRecord } from "neo4j-driver";

export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // Strings, numbers and booleans are already plain: testing each for every temporal type (the
  // driver's type checks read properties of the value) cost more than reading large results.
  if (typeof value !== "object") return value;
  if (isInt(value as never)) {
    const i = value as neo4j.Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (isDate(value as never)) return (value as neo4j.Date).toString();
  if (isDateTime(value as never) || isLocalDateTime(value as never)) {
    return new Date((value as neo4j.DateTime).toString()).toISOString();
  }
  if (isTime(value as never) || isLocalTime(value as never) || isDuration(value as never)) return String(value);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === "object") {
    const v = value as { properties?: object; labels?: string[]; type?: string; elementId?: string };
    if (v.properties && (v.labels || v.type)) return toNative(v.properties);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toNative(x)]));
  }
  return value;
}

/**
 * toNative for values known to hold no temporal values (a query that returns dates as strings):
 * only integers are converted. Streaming hundreds of thousands of records, testing every value for
 * every temporal type costs more than the rest of the work.
 */
export function integersToNumbers(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (isInt(value as never)) {
    const i = value as neo4j.Integer;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (Array.isArray(value)) return value.map(integersToNumbers);
  const out: Record<string, unknown> = {};
  for (const k in value as Record<string, unknown>) out[k] = integersToNumbers((value as Record<string, unknown>)[k]);
  return out;
}

/** A record as a plain object of native values. */
export function recordToObject<T = Record<string, unknown>>(record: Neo4jRecord): T {
  return Object.fromEntries(record.keys.map((k) => [k, toNative(record.get(k as string))])) as T;
}
