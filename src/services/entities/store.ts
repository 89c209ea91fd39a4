// What the entity services (projects, themes, partners, outcomes) share: the common CRUD helper
// (list, read, merge a change, delete), one page of a list, who may see what, and how a stored
// entity is written back (no undefined values, duplicates → 409).
import type { z } from "zod";
import type { PageQuery } from "../../schemas/index.ts";
import type { Database } from "../../db/index.ts";
import { readQuery, writeQuery } from "../../db/index.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { dataChanged } from "../data-version.ts";

export type Db = Pick<Database, "driver" | "database">;

/**
 * Who is looking. "public" is the knowledge centre: it never sees planned projects (not yet
 * announced) nor anything reachable only through them.
 */
export type Visibility = "all" | "public";
export const hiddenStatuses = (v: Visibility): string[] => (v === "public" ? ["planned"] : []);

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


/** The operations every entity service has in common, built once from the entity's name and schema. */
export interface EntityCrud<E, D, F> {
  /** One page of the entity's list, with the entity's own filters. */
  list(db: Db, filter: F, visibility?: Visibility): Promise<Page<E>>;
  /** The entity with its neighbours (cypher `entities/<what>-get`); NotFoundError when absent. */
  get(db: Db, entityId: string, visibility?: Visibility): Promise<D>;
  /** The stored entity and a partial change merged, then validated whole; the id may not change. */
  merged(db: Db, entityId: string, change: Record<string, unknown>): Promise<E>;
  /** Deletes the entity (cypher `entities/<what>-delete`); NotFoundError when absent. */
  remove(db: Db, entityId: string): Promise<void>;
}

/**
 * The common CRUD of one entity over its queries `entities/<what>-list|get|delete`: `filters` maps
 * the validated filter to the list query's own parameters. Creating and updating stay with each
 * entity, where they differ (a partner's name key, an outcome's links).
 */
export function entityCrud<E extends object, D, F extends PageQuery & { sort: string }>(
  what: "project" | "theme" | "partner" | "outcome",
  schema: z.ZodObject,
  filters: (filter: F) => Record<string, unknown>,
): EntityCrud<E, D, F> {
  const fields = Object.keys(schema.shape);
  const get = async (db: Db, entityId: string, visibility: Visibility = "all"): Promise<D> => {
    const [row] = await readQuery<D>(db.driver, `entities/${what}-get`, { id: entityId, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
    if (!row) throw new NotFoundError(what, entityId);
    return row;
  };
  return {
    async list(db, filter, visibility = "all") {
      const params = { ...pageParams(filter, filter.sort), ...filters(filter), hiddenStatuses: hiddenStatuses(visibility) };
      const [row] = await readQuery<{ total: number; items: E[] }>(db.driver, `entities/${what}-list`, params, db.database);
      return { items: row?.items ?? [], total: row?.total ?? 0, limit: filter.limit, offset: filter.offset };
    },
    get,
    async merged(db, entityId, change) {
      if (change.id !== undefined && change.id !== entityId) throw new ValidationError("expected the id not to change", "id", change.id);
      const stored = (await get(db, entityId))[what as keyof D] as Record<string, unknown>;
      const kept = Object.fromEntries(Object.entries(stored).filter(([k]) => fields.includes(k)));
      return schema.parse({ ...kept, ...change, id: entityId }) as E;
    },
    async remove(db, entityId) {
      const [row] = await writeQuery<{ deleted: number }>(db.driver, `entities/${what}-delete`, { id: entityId }, db.database);
      if (!row?.deleted) throw new NotFoundError(what, entityId);
      await dataChanged(db, "entity");
    },
  };
}

/** Filter parameters for Cypher: absent values as null (Neo4j parameters have no undefined). */
export const orNull = <T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], undefined> | null } =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? null])) as { [K in keyof T]: Exclude<T[K], undefined> | null };
