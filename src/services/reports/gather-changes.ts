// Gathers "what changed since" (--since RUN|DATE) for the health report, the theme report and the
// letter: networks and participations stored since the moment, the report run's suggestions that
// the base run did not make, and decisions taken since, within the report's scope. A run given as
// --since is its own base and its start the moment; for a date, the base is the latest complete
// run started before it. Counts come from the database, lists are cut to the section's limits.
// Networks with a status in hiddenStatuses (planned, for a report that leaves the office) are left
// out, with the partners who joined them and the suggestions and decisions that touch them.
import { readQuery } from "../../db/index.ts";
import { CHANGES_LIMITS, type ChangesData, type Counted } from "../../reports/changes-section.ts";
import type { Since } from "../../schemas/report.ts";
import type { Db } from "../entities/store.ts";
import { getRun } from "../analysis/queries.ts";
import type { StoredRun } from "../analysis/records.ts";
import { namesOf, runBefore } from "./report-run.ts";
import { readReasons } from "../analysis/stored-suggestion.ts";

export type ChangesScopeFilter = { theme?: string; project?: string };

/** The moment a --since means, and the run whose suggestions count as known then. */
export async function sinceBase(db: Db, since: Since): Promise<{ at: string; run?: StoredRun; given?: StoredRun }> {
  if (since.runId) {
    const run = await getRun(db, since.runId);
    return { at: run.startedAt, run, given: run };
  }
  const at = since.date!;
  const run = await runBefore(db, at);
  return { at, ...(run ? { run } : {}) };
}

type Rows<T> = { total: number; items: T[] };

export async function gatherChanges(db: Db, since: Since, runId: string, scope: ChangesScopeFilter = {}, hiddenStatuses: string[] = []): Promise<ChangesData> {
  const base = await sinceBase(db, since);
  const params = { since: base.at, theme: scope.theme ?? null, project: scope.project ?? null, hiddenStatuses };
  const read = async <T>(query: string, extra: Record<string, unknown>): Promise<Rows<T>> => {
    const [row] = await readQuery<Rows<T>>(db.driver, `reports/${query}`, { ...params, ...extra }, db.database);
    return { total: row?.total ?? 0, items: row?.items ?? [] };
  };
  const networks = await read<{ id: string; name: string }>("since-networks", { limit: CHANGES_LIMITS.networks });
  const partners = await read<{ name: string; network: string }>("since-partners", { limit: CHANGES_LIMITS.partners });
  const suggested = await read<{ a: string; b: string; details: string | null; reasonsNl: string[] | null; reasonsEn: string[] | null }>("since-suggestions", { runId, baseRunId: base.run?.id ?? null, limit: CHANGES_LIMITS.suggestions });
  const decided = await read<{ a: string; b: string; decision: string; decidedAt: string }>("since-decisions", { limit: CHANGES_LIMITS.decisions });

  const names = await namesOf(db, { projects: [...suggested.items, ...decided.items].flatMap((x) => [x.a, x.b]) });
  const nameOf = (id: string) => names.get(`project:${id}`)?.name ?? id;
  const suggestions: Counted<ChangesData["suggestions"]["items"][number]> = {
    total: suggested.total,
    items: suggested.items.map((s) => ({ aName: nameOf(s.a), bName: nameOf(s.b), reasons: readReasons(s) })),
  };
  const decisions: Counted<ChangesData["decisions"]["items"][number]> = {
    total: decided.total,
    items: decided.items.map((d) => ({ aName: nameOf(d.a), bName: nameOf(d.b), decision: d.decision, decidedAt: d.decidedAt })),
  };
  return {
    since: { at: base.at, ...(base.given ? { runId: base.given.id } : {}) },
    ...(base.run ? { baseRunId: base.run.id } : {}),
    networks,
    partners,
    suggestions,
    decisions,
  };
}
