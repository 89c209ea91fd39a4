// What the entity services (projects, themes, partners, outcomes) share: one page of a list, who
// may see what, and how a stored entity is written back (no undefined values, duplicates → 409).
import { z } from "zod";
import type { Database } from "../db/index.ts";
import { ConflictError } from "../errors.ts";

export type Db = Pick<Database, "driver" | "database">;

/**
 * Who is looking. "public" is the knowledge centre: it never sees planned projects (not yet
 * announced) nor anything reachable only through them.
 */
export type Visibility = "all" | "public";
export const hiddenStatuses = (v: Visibility): string[] => (v === "public" ? ["planned"] : []);

export const pageQuerySchema = z.object({
  limit: z.coerce.number({ error: "expected a number from 1 to 500" }).int().min(1).max(500).default(50),
  offset: z.coerce.number({ error: "expected a number of 0 or more" }).int().min(0).max(1_000_000).default(0),
  order: z.enum(["asc", "desc"], { error: "expected asc or desc" }).default("asc"),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The Cypher parameters of a page; `sort` must already come from the entity's allow-list. */
export const pageParams = (page: PageQuery, sort: string) => ({ limit: page.limit, offset: page.offset, desc: page.order === "desc", sort });

/** Properties to SET: undefined values dropped (Neo4j stores no nulls). */
export function storedProps(o: Record<string, unknown>, omit: string[] = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && v !== null && !omit.includes(k)));
}

/** Runs a create and turns a uniqueness violation into a ConflictError naming the id. */
export async function creating<T>(what: string, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if ((err as { code?: string }).code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      throw new ConflictError(`${what} "${id}" already exists`, { what, id });
    }
    throw err;
  }
}

/** Filter values: a blank string means "no filter". */
export const filterText = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(200).optional());
