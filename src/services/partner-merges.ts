// Duplicate organisations in the stored graph, and merging one partner into another with undo. A
// merge is one transaction: the kept partner takes over the dropped one's networks, the dropped id
// becomes its alias (db/partner-alias-record.ts, the one record an import's merge writes too,
// resolved wherever a partner id is read), and the merge is recorded with who and when. An undo
// restores the graph exactly, as long as nothing came in between.
import { randomUUID } from "node:crypto";
import { readQuery, recordPartnerAliases, runIn, writeQuery, writeTransaction } from "../db/index.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { findDuplicateCandidates } from "../importer/duplicate-candidates.ts";
import { storedIdentities } from "../importer/import-duplicates.ts";
import { id as idSchema } from "../schemas/fields.ts";
import type { DuplicateCandidate, DuplicateQuery, PartnerMergeRecord } from "../schemas/partner-duplicates.ts";
import { dataChanged } from "./data-version.ts";
import type { Db } from "./entities/store.ts";

/** Candidates among all stored partners, most likely first. */
export async function storedDuplicates(db: Db, query: DuplicateQuery): Promise<{ items: DuplicateCandidate[]; total: number }> {
  const all = findDuplicateCandidates(await storedIdentities(db)).filter((c) => c.confidence >= query.minConfidence);
  return { items: all.slice(0, query.limit), total: all.length };
}

/** Why a coordinator's merge made the dropped id an alias (the alias record's reason; who and when are recorded beside it). */
export const COORDINATOR_MERGE_REASON = "merged by a coordinator (diagonal partners merge, or the workspace's Duplicates tab)";

interface MergeRow {
  id: string; keep: string; drop: string; keepName: string; dropName: string; by?: string | null; at?: string;
  movedProjects: string[]; sharedProjects: string[]; movedAliases: string[]; undoneAt?: string | null; undoneBy?: string | null;
}

const present = (m: MergeRow): PartnerMergeRecord => ({
  id: m.id,
  keep: { id: m.keep, name: m.keepName },
  drop: { id: m.drop, name: m.dropName },
  moved: { participations: m.movedProjects, sharedNetworks: m.sharedProjects, aliases: m.movedAliases },
  dryRun: false,
  ...(m.by ? { by: m.by } : {}),
  ...(m.at ? { at: String(m.at) } : {}),
  ...(m.undoneBy ? { undoneBy: m.undoneBy } : {}),
  ...(m.undoneAt ? { undoneAt: String(m.undoneAt) } : {}),
});

/** Merges partner `drop` into `keep` (or, with dryRun, says what would move). */
export async function mergePartner(db: Db, keep: string, drop: string, opts: { dryRun?: boolean; by?: string } = {}): Promise<PartnerMergeRecord> {
  for (const [field, value] of [["keep", keep], ["drop", drop]] as const) {
    if (!idSchema.safeParse(value).success) throw new ValidationError(`${field}: expected a partner id`, field, value);
  }
  if (keep === drop) throw new ValidationError("drop: expected another partner than the one kept (keep and drop are the same id)", "drop", drop);
  type Preview = { keep: { id: string; name: string } | null; drop: { id: string; name: string } | null; moved: string[]; shared: string[]; aliases: string[]; names: [string, string][] };
  const [p] = await readQuery<Preview>(db.driver, "partners/merge-preview", { keep, drop }, db.database);
  for (const [field, value, side] of [["keep", keep, p?.keep], ["drop", drop, p?.drop]] as const) {
    if (side) continue;
    const alias = await readQuery<{ mergedInto: string | null }>(db.driver, "partners/resolve-alias", { id: value }, db.database);
    const into = alias[0]?.mergedInto;
    if (into) throw new ConflictError(`${field}: partner "${value}" was already merged into "${into}"`, { [field]: value, mergedInto: into });
    throw new NotFoundError("partner", value);
  }
  if (opts.dryRun) {
    return { id: "", keep: p!.keep!, drop: p!.drop!, moved: { participations: p!.moved, sharedNetworks: p!.shared, aliases: p!.aliases }, dryRun: true, networkNames: Object.fromEntries(p!.names) };
  }
  const mergeId = `merge-${randomUUID()}`;
  const by = opts.by ?? null;
  // The move and the alias record commit together: the dropped id is an alias of `keep` from then on.
  const [row] = await writeTransaction(db.driver, async (tx) => {
    const rows = await runIn<{ merge: MergeRow }>(tx, "partners/merge", { keep, drop, mergeId, by });
    if (rows.length > 0) await recordPartnerAliases(tx, [{ alias: drop, partner: keep, reason: COORDINATOR_MERGE_REASON }], { by, mergeId });
    return rows;
  }, db.database);
  // Between the preview and the write another request merged or deleted one of the two.
  if (!row) throw new ConflictError(`partner "${keep}" or "${drop}" changed while merging; nothing was merged`, { keep, drop });
  await dataChanged(db, "entity");
  return present(row.merge);
}

/** Undoes a merge; refused with the reason when something came in between. */
export async function unmergePartner(db: Db, mergeId: string, opts: { by?: string } = {}): Promise<PartnerMergeRecord> {
  if (!idSchema.safeParse(mergeId).success) throw new ValidationError("merge: expected a merge id", "mergeId", mergeId);
  const [state] = await readQuery<{ merge: MergeRow; retired: boolean; keepStored: boolean; dropTaken: boolean }>(db.driver, "partners/merge-get", { mergeId }, db.database);
  if (!state) throw new NotFoundError("merge", mergeId);
  const m = state.merge;
  if (m.undoneAt) throw new ConflictError(`merge ${mergeId} of "${m.drop}" into "${m.keep}" was already undone`, { mergeId });
  if (!state.retired) throw new ConflictError(`merge ${mergeId}: "${m.drop}" is no longer the partner this merge retired; undo the later merge first`, { mergeId });
  if (!state.keepStored) throw new ConflictError(`merge ${mergeId}: the kept partner "${m.keep}" is no longer stored (merged again or deleted); undo that first`, { mergeId });
  if (state.dropTaken) throw new ConflictError(`merge ${mergeId}: a partner "${m.drop}" was stored again since the merge; the id is taken`, { mergeId });
  const [row] = await writeQuery<{ merge: MergeRow }>(db.driver, "partners/unmerge", { mergeId, by: opts.by ?? null }, db.database);
  if (!row) throw new ConflictError(`merge ${mergeId} changed while undoing it; nothing was changed`, { mergeId });
  await dataChanged(db, "entity");
  return present(row.merge);
}

/** The latest merges, newest first. */
export async function listMerges(db: Db, limit = 50): Promise<PartnerMergeRecord[]> {
  const rows = await readQuery<{ merge: MergeRow }>(db.driver, "partners/merge-list", { limit }, db.database);
  return rows.map((r) => present(r.merge));
}
