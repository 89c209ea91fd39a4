// Outcomes of learning networks: list, read with project and themes, create, update, delete. An
// outcome always hangs under an existing project and refers to existing themes.
import { runIn, writeTransaction } from "../../db/index.ts";
import { outcomeSchema, type Outcome, type OutcomeFilter } from "../../schemas/index.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { creating, entityCrud, orNull, storedProps, type Db } from "./store.ts";
import type { ManagedTransaction } from "neo4j-driver";
import { dataChanged } from "../data-version.ts";
import type { OutcomeDetailJson } from "../../schemas/responses.ts";


export interface OutcomeDetail {
  outcome: Outcome;
  project: OutcomeDetailJson["projectDetail"];
  themes: OutcomeDetailJson["themeDetails"];
}

/** Stored as relationships, not properties. */
const RELATION_FIELDS = ["project", "themes"];

const crud = entityCrud<Outcome, OutcomeDetail, OutcomeFilter>("outcome", outcomeSchema, ({ q, kind, project, theme }) => orNull({ q, kind, project, theme }));

export const listOutcomes = crud.list;
export const getOutcome = crud.get;

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
  await dataChanged(db, "entity");
  return getOutcome(db, outcome.id);
}

export async function updateOutcome(db: Db, outcomeId: string, change: Record<string, unknown>): Promise<OutcomeDetail> {
  const merged = await crud.merged(db, outcomeId, change);
  await writeTransaction(db.driver, async (tx) => {
    await requireRefs(tx, merged);
    const [row] = await runIn(tx, "entities/outcome-update", { id: outcomeId, props: storedProps(merged, RELATION_FIELDS), project: merged.project, themes: merged.themes });
    if (!row) throw new NotFoundError("outcome", outcomeId);
  }, db.database);
  await dataChanged(db, "entity");
  return getOutcome(db, outcomeId);
}

export const deleteOutcome = crud.remove;
