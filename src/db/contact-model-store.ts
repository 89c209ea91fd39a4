// The contacts model as stored in Neo4j: one ContactModel node per fit (the chosen variant, or none
// for the hand-weighted score, with the graph's size when it was fitted), the latest read through
// the index on its fit time (cypher/contacts/latest-model) and written with the older fits pruned
// in the same transaction (cypher/contacts/store-model). The service and `diagonal recommend
// contacts` serve the latest stored fit at once instead of fitting again (services/contact-model-service.ts).
import { randomUUID } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { z } from "zod";
import { readQuery, writeQuery } from "./session.ts";

/** Fits kept in the graph; older ones are deleted when a new one is stored. */
export const CONTACT_MODELS_KEPT = 5;

const count = z.number().int().nonnegative();

/** A stored fit, as read back. */
export const storedContactModelSchema = z.object({
  id: z.string().min(1),
  fittedAt: z.iso.datetime({ error: "expected an ISO date-time" }),
  // Neo4j stores no null property: an absent one is read as null.
  // The family's names are the analysis's (contact-variants.ts): the service serves only a name it knows.
  variant: z.string().min(1).nullable().default(null).describe("the chosen variant's name; null: the hand-weighted score, for `reason`"),
  reason: z.string().nullable().default(null),
  innerCutoff: z.string().nullable().default(null),
  queries: count,
  /** The graph's size when the model was fitted: the refit rule compares the current graph with it. */
  datedNetworks: count,
  participations: count,
  seconds: z.number().nonnegative(),
});
export type StoredContactModel = z.infer<typeof storedContactModelSchema>;

type Db = { driver: Driver; database?: string | undefined };

/** The latest stored fit, or undefined when none is stored. */
export async function latestContactModel(db: Db): Promise<StoredContactModel | undefined> {
  const [row] = await readQuery<{ model: unknown }>(db.driver, "contacts/latest-model", {}, db.database);
  if (!row) return undefined;
  const parsed = storedContactModelSchema.safeParse(row.model);
  if (!parsed.success) throw new Error(`contacts/latest-model: stored ContactModel is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** Stores a fit (its id and time are given here) and prunes all but the newest CONTACT_MODELS_KEPT, in one write. */
export async function storeContactModel(db: Db, model: Omit<StoredContactModel, "id" | "fittedAt">, fittedAt = new Date()): Promise<StoredContactModel> {
  const stored = storedContactModelSchema.parse({ ...model, id: randomUUID(), fittedAt: fittedAt.toISOString() });
  await writeQuery(db.driver, "contacts/store-model", { ...stored, keep: neo4j.int(CONTACT_MODELS_KEPT) }, db.database);
  return stored;
}
