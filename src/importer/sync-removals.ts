// What a sync removes, worked out against the database before anything is written: the stored
// rows of the covered entities the files no longer list, minus the projects that hold a
// collaboration made by accepting a suggestion (kept, and said so), plus the outcomes of removed
// projects, every relationship that goes with a removed node, and the decisions that become
// orphaned. The dry run lists all of it; the write removes exactly that.
import type { Database } from "../db/connect.ts";
import { readQuery } from "../db/index.ts";
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import type { ImportPlan, NodeEntity } from "./plan-import.ts";
import { deletionCount, keptRow, planSync, referencedByFile, type KeptRow, type SyncDeletions } from "./plan-sync.ts";
import { lookupForSync, outcomesOfProjects } from "./stored-for-sync.ts";
import type { SyncCoverage } from "./sync-scope.ts";

/** A relationship that goes with a removed node (DETACH DELETE), by type and endpoint ids. */
export interface RemovedLink { type: string; from: string; to: string }
/** A decision about a removed project: kept, and marked orphaned. */
export interface OrphanedDecision { pairKey: string; a: string; b: string; decision: string }

export interface SyncPlan {
  coverage: SyncCoverage;
  deletions: SyncDeletions;
  kept: KeptRow[];
  withRemovedNodes: RemovedLink[];
  orphanedDecisions: OrphanedDecision[];
  /** Everything removed: listed rows and the relationships that go with removed nodes (what HTTP `confirm` must equal). */
  removals: number;
  /** Stored rows per entity before the sync, for the threshold. */
  stored: Record<EntityName, number>;
}

/** The relationship types that are entities of their own, as the threshold counts them. */
export const LINK_ENTITY: Record<string, EntityName> = { ADDRESSES: "projectThemes", PARTICIPATES_IN: "participations", COLLABORATES_WITH: "collaborations" };

const LABEL: Record<NodeEntity, string> = { themes: "Theme", projects: "Project", partners: "Partner", outcomes: "Outcome" };

export async function planSyncRemovals(db: Database, coverage: SyncCoverage, planned: ImportPlan): Promise<SyncPlan> {
  const read = <T>(query: string, params: Record<string, unknown> = {}) => readQuery<T>(db.driver, query, params, db.database);
  const covered = new Set(coverage.covered);
  const { plan } = planned;
  const keep: Record<NodeEntity, Set<string>> = {
    themes: new Set(plan.themes.map((w) => w.id)),
    projects: new Set(plan.projects.map((w) => w.id)),
    partners: new Set([...plan.partners.map((w) => w.id), ...planned.merges.map((m) => m.kept)]),
    outcomes: new Set(plan.outcomes.map((w) => w.id)),
  };
  const { deletions, kept } = planSync(covered, plan, keep, referencedByFile(plan), await lookupForSync(db, covered));
  // Accepted collaborations are never removed: the projects they hang on stay.
  if (deletions.projects.length > 0) {
    const holding = new Set((await read<{ id: string }>("sync/accepted-collaboration-projects", { ids: deletions.projects })).map((r) => r.id));
    if (holding.size > 0) {
      deletions.projects = deletions.projects.filter((id) => !holding.has(id));
      for (const id of [...holding].sort()) kept.push(keptRow("projects", id, "accepted"));
    }
  }
  // An outcome cannot outlive its project: those of removed projects go too, listed.
  const listedOutcomes = new Set(plan.outcomes.map((o) => o.id));
  const orphanedOutcomes = (await outcomesOfProjects(db, deletions.projects)).filter((id) => !listedOutcomes.has(id));
  deletions.outcomes = [...new Set([...deletions.outcomes, ...orphanedOutcomes])].sort();

  const nodes = (Object.keys(LABEL) as NodeEntity[]).flatMap((e) => deletions[e].map((id) => ({ label: LABEL[e], id })));
  const withRemovedNodes = nodes.length === 0 ? [] : await read<RemovedLink>("sync/links-of-nodes", { nodes });
  const orphanedDecisions = deletions.projects.length === 0 ? [] : await read<OrphanedDecision>("sync/decisions-of-projects", { ids: deletions.projects });
  const [counts] = await read<Record<EntityName, number>>("sync/stored-counts");
  const stored = Object.fromEntries(ENTITY_NAMES.map((e) => [e, Number(counts?.[e] ?? 0)])) as Record<EntityName, number>;
  return { coverage, deletions, kept, withRemovedNodes, orphanedDecisions, removals: deletionCount(deletions) + withRemovedNodes.length, stored };
}

/** Rows removed per entity: those listed, and relationships of those types that go with a removed node. */
export function removedPerEntity(p: Pick<SyncPlan, "deletions" | "withRemovedNodes">): Record<EntityName, number> {
  const out = Object.fromEntries(ENTITY_NAMES.map((e) => [e, p.deletions[e].length])) as Record<EntityName, number>;
  for (const l of p.withRemovedNodes) {
    const e = LINK_ENTITY[l.type];
    if (e) out[e] += 1;
  }
  return out;
}
