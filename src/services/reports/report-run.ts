// Which analysis run a report reads: the one named (it must exist) or the latest complete one; a
// report that needs a run when there is none says how to make one.
import { readQuery } from "../../db/index.ts";
import { nameCommunities, type CommunityName } from "../../analysis/community-names.ts";
import type { DiagonalGraph } from "../../analysis/graph.ts";
import type { Db } from "../entities/store.ts";
import { ValidationError } from "../../errors.ts";
import { communityMap, getRun, latestRun, storedCommunityNames } from "../analysis/queries.ts";
import { toRun, type StoredRun } from "../analysis/records.ts";
import { projectGraph } from "../projection.ts";

export async function reportRun(db: Db, runId: string | undefined): Promise<StoredRun> {
  if (runId) return getRun(db, runId);
  const run = await latestRun(db);
  if (!run) throw new ValidationError("no complete analysis run yet: run `diagonal analyze` (or POST /api/v1/analysis/runs) first", "run");
  return run;
}

/** The latest complete run started before a moment, if any. */
export async function runBefore(db: Db, before: string): Promise<StoredRun | undefined> {
  const [row] = await readQuery<{ run: Record<string, unknown> }>(db.driver, "reports/run-before", { before }, db.database);
  return row ? toRun(row.run) : undefined;
}

/** A run's community of every project, and the communities' human names (as the run stored them; named here for older runs). */
export async function namedCommunities(db: Db, graph: DiagonalGraph, runId: string): Promise<{ membership: { projectId: string; community: number }[]; names: CommunityName[] }> {
  const map = await communityMap(db, runId);
  const membership = [...map].map(([projectId, community]) => ({ projectId, community }));
  return { membership, names: (await storedCommunityNames(db, runId)) ?? nameCommunities(graph, membership) };
}

/**
 * The community of some projects in a run, and the names of the run's communities (as the run
 * stored them; named here from the whole graph for runs stored before they were named).
 */
export async function communitiesOf(db: Db, runId: string, projectIds: readonly string[]): Promise<{ membership: { projectId: string; community: number }[]; names: CommunityName[] }> {
  const [[row], stored] = await Promise.all([
    readQuery<{ ids: string[]; labels: number[] }>(db.driver, "reports/project-communities", { runId, projects: projectIds }, db.database),
    storedCommunityNames(db, runId),
  ]);
  const membership = (row?.ids ?? []).map((projectId, i) => ({ projectId, community: row!.labels[i]! }));
  if (stored) return { membership, names: stored };
  return { membership, names: (await namedCommunities(db, await projectGraph(db, "reports/structure"), runId)).names };
}

export type Names = Map<string, { name: string; status?: string }>;

/** Display names of projects, outcomes and partners by id, keyed "<type>:<id>". */
export async function namesOf(db: Db, ids: { projects?: string[]; outcomes?: string[]; partners?: string[] }): Promise<Names> {
  const rows = await readQuery<{ type: string; id: string; name: string; status: string | null }>(
    db.driver, "reports/names", { projects: ids.projects ?? [], outcomes: ids.outcomes ?? [], partners: ids.partners ?? [] }, db.database,
  );
  return new Map(rows.map((r) => [`${r.type}:${r.id}`, { name: r.name ?? r.id, ...(r.status ? { status: r.status } : {}) }]));
}
