// Outcomes of learning networks: list, read with project and themes, create, update, delete. An
// outcome always hangs under an existing project and refers to existing themes.
import { z } from "zod";
import { readQuery, runIn, writeTransaction } from "../db/index.ts";
import { OUTCOME_KINDS, outcomeSchema, type Outcome } from "../schemas/index.ts";
import { id } from "../schemas/fields.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { creating, filterText, hiddenStatuses, pageParams, pageQuerySchema, storedProps, type Db, type Page, type Visibility } from "./entity-store.ts";
import { pick } from "./projects.ts";
import type { ManagedTransaction } from "neo4j-driver";

export const OUTCOME_SORTS = ["title", "date", "kind", "id"] as const;

export const outcomeFilterSchema = pageQuerySchema.extend({
  sort: z.enum(OUTCOME_SORTS, { error: `expected one of: ${OUTCOME_SORTS.join(", ")}` }).default("title"),
  q: filterText,
  kind: z.enum(OUTCOME_KINDS, { error: `expected one of: ${OUTCOME_KINDS.join(", ")}` }).optional(),
  project: id.optional(),
  theme: id.optional(),
});
export type OutcomeFilter = z.output<typeof outcomeFilterSchema>;

export interface OutcomeDetail {
  outcome: Outcome;
  project: { id: string; name: string; status: string };
  themes: { id: string; nameNl: string; nameEn: string }[];
}

const OUTCOME_FIELDS = Object.keys(outcomeSchema.shape);
/** Stored as relationships, not properties. */
const RELATION_FIELDS = ["project", "themes"];

export async function listOutcomes(db: Db, filter: OutcomeFilter, visibility: Visibility = "all"): Promise<Page<Outcome>> {
  const { q, kind, project, theme } = filter;
  const [row] = await readQuery<{ total: number; items: Outcome[] }>(
    db.driver,
    "entities/outcome-list",
    { ...pageParams(filter, filter.sort), q: q ?? null, kind: kind ?? null, project: project ?? null, theme: theme ?? null, hiddenStatuses: hiddenStatuses(visibility) },
    db.database,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, limit: filter.limit, offset: filter.offset };
}

export async function getOutcome(db: Db, outcomeId: string, visibility: Visibility = "all"): Promise<OutcomeDetail> {
  const [row] = await readQuery<OutcomeDetail>(db.driver, "entities/outcome-get", { id: outcomeId, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("outcome", outcomeId);
  return row;
}

/** Checks, inside the writing transaction, that the project and themes exist. */
async function requireRefs(tx: ManagedTransaction, outcome: Outcome): Promise<void> {
  const [refs] = await runIn<{ projectExists: boolean; missingThemes: string[] }>(tx, "entities/outcome-refs", { project: outcome.project, themes: outcome.themes });
  if (!refs?.projectExists) throw new ValidationError(`expected an existing project, got "${outcome.project}"`, "project", outcome.project);
  if (refs.missingThemes.length > 0) throw new ValidationError(`expected existing themes, unknown: ${refs.missingThemes.join(", ")}`, "themes", refs.missingThemes);
}

export async function createOutcome(db: Db, outcome: Outcome): Promise<OutcomeDetail> {
  await creating("outcome", outcome.id, () =>
    writeTransaction(db.driver, async (tx) => {
      await requireRefs(tx, outcome);
      await runIn(tx, "entities/outcome-create", { props: storedProps(outcome, RELATION_FIELDS), project: outcome.project, themes: outcome.themes });
    }, db.database),
  );
  return getOutcome(db, outcome.id);
}

export async function updateOutcome(db: Db, outcomeId: string, change: Record<string, unknown>): Promise<OutcomeDetail> {
  if (change.id !== undefined && change.id !== outcomeId) throw new ValidationError("expected the id not to change", "id", change.id);
  const { outcome } = await getOutcome(db, outcomeId);
  const merged = outcomeSchema.parse({ ...pick(outcome, OUTCOME_FIELDS), ...change, id: outcomeId });
  await writeTransaction(db.driver, async (tx) => {
    await requireRefs(tx, merged);
    const [row] = await runIn(tx, "entities/outcome-update", { id: outcomeId, props: storedProps(merged, RELATION_FIELDS), project: merged.project, themes: merged.themes });
    if (!row) throw new NotFoundError("outcome", outcomeId);
  }, db.database);
  return getOutcome(db, outcomeId);
}

export async function deleteOutcome(db: Db, outcomeId: string): Promise<void> {
  const [row] = await writeTransaction(db.driver, (tx) => runIn<{ deleted: number }>(tx, "entities/outcome-delete", { id: outcomeId }), db.database);
  if (!row?.deleted) throw new NotFoundError("outcome", outcomeId);
}
