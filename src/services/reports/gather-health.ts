// Gathers the network health report's data: counts, degrees, partners' network lists and theme
// figures aggregated by the database and the network of networks (network-of-networks.ts; never
// every participation read one by one), the run's communities with their names, brokers and isolated networks, how suggestions were decided (every decision taken, and the run's open suggestions),
// and the difference with the previous run; with --since RUN|DATE, the difference with the run of
// that moment and what changed since then.
import { readQuery } from "../../db/index.ts";
import { networkFiguresFromAggregates } from "../../analysis/network-figures.ts";
import { networkOfNetworks } from "./network-of-networks.ts";
import { layoutNetwork } from "../../analysis/network-layout.ts";
import type { HealthData } from "../../reports/health-report.ts";
import { HEALTH_LIMITS } from "../../reports/health-report.ts";
import type { Lang } from "../../reports/document.ts";
import type { Db } from "../entities/store.ts";
import { diffRuns, getOpportunities, getRun, getSuggestions } from "../analysis/queries.ts";
import { namedCommunities, namesOf, reportRun, runBefore } from "./report-run.ts";
import type { ReportProgress } from "./progress.ts";
import type { Since } from "../../schemas/report.ts";
import { gatherChanges } from "./gather-changes.ts";
import type { StoredRun } from "../analysis/records.ts";
import { isStaleActive, today } from "../../analysis/network-periods.ts";
import { cutToPrecision } from "../../schemas/partial-date.ts";
import type { StaleNetwork } from "../../reports/stale-networks-section.ts";

export async function gatherHealth(db: Db, opts: { run?: string; since?: Since; lang: Lang; seed?: number }, progress: ReportProgress): Promise<HealthData> {
  const run = await reportRun(db, opts.run);
  progress("reading graph", 0, 4);
  // The reads that do not need the graph run while it is read: the server works on them meanwhile.
  const [{ graph, aggregates }, brokerOpps, isolatedOpps, [shares], changed, top, staleActive] = await Promise.all([
    networkOfNetworks(db),
    getOpportunities(db, { kind: "broker", runId: run.id, limit: HEALTH_LIMITS.brokers }),
    getOpportunities(db, { kind: "isolated", runId: run.id, limit: 500 }),
    readQuery<{ total: number; accepted: number; rejected: number; open: number }>(db.driver, "reports/decision-shares", { runId: run.id }, db.database),
    changesSincePrevious(db, run, opts.since),
    getSuggestions(db, { runId: run.id, limit: 300 }),
    staleActiveNetworks(db),
  ]);
  progress("figures", 1, 4);
  const figures = networkFiguresFromAggregates(graph, aggregates);
  const ids = [...brokerOpps, ...isolatedOpps].flatMap((o) => o.subjects);
  const [{ membership, names }, named] = await Promise.all([
    namedCommunities(db, graph, run.id),
    namesOf(db, { projects: ids.filter((s) => s.type === "project").map((s) => s.id), partners: ids.filter((s) => s.type === "partner").map((s) => s.id) }),
  ]);
  const nameOf = (type: string, id: string) => named.get(`${type}:${id}`)?.name ?? id;
  const brokers = brokerOpps.map((o) => ({
    id: o.subjects[0]!.id,
    name: nameOf("partner", o.subjects[0]!.id),
    networks: Number(o.details.networks ?? 0),
    communities: Number(o.details.communityCount ?? 0),
  }));
  const isolated = isolatedOpps.map((o) => ({ id: o.subjects[0]!.id, name: nameOf("project", o.subjects[0]!.id), reasons: o.reasons }));

  progress("suggestions", 2, 4);
  const suggestions = { total: shares?.total ?? 0, accepted: shares?.accepted ?? 0, rejected: shares?.rejected ?? 0, open: shares?.open ?? 0 };
  const { since, changes } = changed;

  progress("network picture", 3, 4);
  const communityNames = new Map(names.map((c) => [c.community, opts.lang === "nl" ? c.nameNl : c.nameEn]));
  const degrees = new Map(aggregates.degrees.map((d) => [d.id, d.degree]));
  const picture = layoutNetwork(graph, { membership, suggestions: top, communityNames, degrees }, { seed: opts.seed ?? 1 });
  progress("network picture", 4, 4);
  return {
    runId: run.id,
    runFinishedAt: run.finishedAt,
    modularity: run.modularity,
    figures,
    communities: names,
    brokers,
    isolated,
    suggestions,
    ...(changes ? { changes } : {}),
    picture,
    ...(since ? { since } : {}),
    staleActive,
    generatedAt: new Date().toISOString(),
  };
}

/** Networks marked active whose end date (to the last day of its precision) lies before today. */
export async function staleActiveNetworks(db: Db, now = today()): Promise<StaleNetwork[]> {
  const rows = await readQuery<{ id: string; name: string; end: string; endPrecision: string | null }>(db.driver, "reports/stale-active-networks", { today: now }, db.database);
  return rows
    .filter((r) => isStaleActive({ status: "active", end: r.end, ...(r.endPrecision ? { endPrecision: r.endPrecision } : {}) }, now))
    .map((r) => ({ id: r.id, name: r.name, end: cutToPrecision(r.end, r.endPrecision) }));
}

/**
 * With --since, what changed since then and the difference with the run of that moment; otherwise
 * the difference with the run before this one.
 */
async function changesSincePrevious(db: Db, run: StoredRun, sinceOpt: Since | undefined): Promise<{ since?: HealthData["since"]; changes?: HealthData["changes"] }> {
  const since = sinceOpt ? await gatherChanges(db, sinceOpt, run.id) : undefined;
  const previous = since ? (since.baseRunId ? await getRun(db, since.baseRunId) : undefined) : await runBefore(db, run.startedAt);
  if (!previous || previous.id === run.id) return since ? { since } : {};
  const diff = await diffRuns(db, previous.id, run.id);
  return {
    ...(since ? { since } : {}),
    changes: {
      previousRunId: previous.id,
      added: diff.added.length,
      dropped: diff.dropped.length,
      moved: diff.moved.length,
      communityChanges: diff.communityChanges.length,
      projectsBefore: previous.counts.projects,
      projectsNow: run.counts.projects,
    },
  };
}
