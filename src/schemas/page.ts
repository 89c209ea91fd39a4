// One page of a list (limit, offset, order) and free-text filters, shared by every list query.
import { z } from "zod";
import { plainString } from "./control-characters.ts";

/** A whole number in a query string; an empty value (`offset=`) is refused, not read as 0. */
export const queryInt = (min: number, max: number, fallback: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? Number.NaN : v), z.coerce.number({ error: message }).int(message).min(min, message).max(max, message)).default(fallback);

export const pageQuerySchema = z.object({
  limit: queryInt(1, 500, 50, "expected a whole number from 1 to 500"),
  offset: queryInt(0, 1_000_000, 0, "expected a whole number of 0 or more"),
  order: z.enum(["asc", "desc"], { error: "expected asc or desc" }).default("asc"),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** Filter values: a blank string means "no filter". */
export const filterText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), plainString().trim().max(200).optional());
