// One page of a list (limit, offset, order) and free-text filters, shared by every list query.
import { z } from "zod";
import { plainString } from "./control-characters.ts";

export const pageQuerySchema = z.object({
  limit: z.coerce.number({ error: "expected a number from 1 to 500" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "expected a number of 0 or more" }).int().min(0).max(1_000_000).default(0),
  order: z.enum(["asc", "desc"], { error: "expected asc or desc" }).default("asc"),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** Filter values: a blank string means "no filter". */
export const filterText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), plainString().trim().max(200).optional());
