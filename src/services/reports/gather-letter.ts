// Gathers the recommendation letter's data for one network: its best suggestions, outcomes of other
// networks it can reuse and partners it may involve (the run's opportunities about it), and the
// brokers active in its community; with --since, what changed around it since then. Reads only what
// is about the network: its own community, never every network's.
import { readQuery } from "../../db/index.ts";
import { LETTER_LIMITS, type LetterData } from "../../reports/letter-report.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError } from "../../errors.ts";
import { getOpportunities, getSuggestions } from "../analysis/queries.ts";
import { toOpportunity, type StoredOpportunity } from "../analysis/records.ts";
import { communitiesOf, namesOf, reportRun } from "./report-run.ts";
import type { ReportProgress } from "./progress.ts";
import type { Since } from "../../schemas/report.ts";
import { gatherChanges } from "./gather-changes.ts";

export async function gatherLetter(db: Db, projectId: string, opts: { run?: string; since?: Since }, progress: ReportProgress): Promise<LetterData> {
  const run = await reportRun(db, opts.run);
  const project = (await namesOf(db, { projects: [projectId] })).get(`project:${projectId}`);
  if (!project) throw new NotFoundError("project", projectId);
  progress("suggestions and opportunities", 0, 3);
  // Independent reads, at once: the network's suggestions, its opportunities, its community, the run's brokers.
  const [suggestions, rows, { membership, names: communityNames }, runBrokers, [own]] = await Promise.all([
    getSuggestions(db, { project: projectId, runId: run.id, limit: LETTER_LIMITS.suggestions }),
    readQuery<{ opportunity: Record<string, unknown> }>(db.driver, "reports/project-opportunities", {
      runId: run.id, kinds: ["reusable-outcome", "partner-recommendation"], subject: JSON.stringify({ type: "project", id: projectId }),
    }, db.database),
    communitiesOf(db, run.id, [projectId]),
    getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 }),
    readQuery<{ ids: string[] }>(db.driver, "reports/project-partner-ids", { id: projectId }, db.database),
  ]);
  const ownPartners = new Set(own?.ids ?? []);
  progress("opportunities", 1, 3);
  const opps = rows.map((r) => toOpportunity(r.opportunity));
  const reuse = opps.filter((o) => o.kind === "reusable-outcome" && o.details.to === projectId).slice(0, LETTER_LIMITS.outcomes);
  const involve = opps.filter((o) => o.kind === "partner-recommendation" && o.subjects[0]?.id === projectId).slice(0, LETTER_LIMITS.partners);

  const community = membership[0]?.community;
  const brokers = community === undefined ? [] : runBrokers
    .filter((o) => Array.isArray(o.details.communities) && (o.details.communities as { community: number }[]).some((c) => c.community === community))
    .filter((o) => !o.subjects.some((s) => s.type === "partner" && involve.some((i) => i.subjects[1]?.id === s.id)))
    // The network's own partners are not brokers to be introduced to.
    .filter((o) => !o.subjects.some((s) => s.type === "partner" && ownPartners.has(s.id)))
    .slice(0, LETTER_LIMITS.brokers);

  progress("names", 2, 3);
  const subjectIds = (list: StoredOpportunity[], type: string) => list.flatMap((o) => o.subjects.filter((s) => s.type === type).map((s) => s.id));
  const names = await namesOf(db, {
    outcomes: subjectIds(reuse, "outcome"),
    projects: reuse.map((o) => String(o.details.from)),
    partners: [...subjectIds(involve, "partner"), ...subjectIds(brokers, "partner")],
  });
  const nameOf = (type: string, id: string) => names.get(`${type}:${id}`)?.name ?? id;
  const named = community === undefined ? undefined : communityNames.find((c) => c.community === community);
  const communityName: LetterData["project"]["communityName"] = named ? { nl: named.nameNl, en: named.nameEn } : undefined;
  const since = opts.since ? await gatherChanges(db, opts.since, run.id, { project: projectId }) : undefined;
  progress("names", 3, 3);
  return {
    project: { id: projectId, name: project.name, ...(community !== undefined ? { community } : {}), ...(communityName ? { communityName } : {}) },
    runId: run.id,
    suggestions: suggestions.map((s) => {
      const [otherId, otherName] = s.a === projectId ? [s.b, s.bName] : [s.a, s.aName];
      return { otherId, otherName: otherName ?? otherId, score: s.score, reasons: s.reasons };
    }),
    outcomes: reuse.map((o) => ({ title: nameOf("outcome", o.subjects.find((s) => s.type === "outcome")!.id), fromName: nameOf("project", String(o.details.from)), reasons: o.reasons })),
    partners: involve.map((o) => ({ name: nameOf("partner", o.subjects[1]!.id), reasons: o.reasons })),
    brokers: brokers.map((o) => ({ name: nameOf("partner", o.subjects[0]!.id), reasons: o.reasons })),
    ...(since ? { since } : {}),
    generatedAt: new Date().toISOString(),
  };
}
