// Gathers the recommendation letter's data for one network: its best suggestions, outcomes of other
// networks it can reuse and partners it may involve (the run's opportunities about it), and the
// brokers active in its community; with --since, what changed around it since then. Reads only what
// is about the network: its own community, never every network's. The letter is sent to the
// network: unless the coordinator asks for the internal version, nothing in it names a planned
// network, a partner or outcome only a planned network brings, nor a broker who reaches the
// network's community only through a planned network (report-audience.ts).
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
import { reportSecrets, visibleCommunities, visibleFindings, type ReportSecrets } from "./report-audience.ts";

export async function gatherLetter(db: Db, projectId: string, opts: { run?: string; since?: Since; internal?: boolean }, progress: ReportProgress): Promise<LetterData> {
  const run = await reportRun(db, opts.run);
  const project = (await namesOf(db, { projects: [projectId] })).get(`project:${projectId}`);
  if (!project) throw new NotFoundError("project", projectId);
  const secrets = await reportSecrets(db, opts.internal ?? false);
  progress("suggestions and opportunities", 0, 3);
  // Independent reads, at once: the network's suggestions, its opportunities, its community, the run's brokers.
  const [suggestions, rows, { membership, names: communityNames }, runBrokers, [own]] = await Promise.all([
    // Read a few more than shown, for those about hidden networks that are left out.
    getSuggestions(db, { project: projectId, runId: run.id, limit: Math.min(500, LETTER_LIMITS.suggestions + secrets.projects.size) }),
    readQuery<{ opportunity: Record<string, unknown> }>(db.driver, "reports/project-opportunities", {
      runId: run.id, kinds: ["reusable-outcome", "partner-recommendation"], subject: JSON.stringify({ type: "project", id: projectId }),
    }, db.database),
    communitiesOf(db, run.id, [projectId]),
    getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 }),
    readQuery<{ ids: string[] }>(db.driver, "reports/project-partner-ids", { id: projectId }, db.database),
  ]);
  const ownPartners = new Set(own?.ids ?? []);
  progress("opportunities", 1, 3);
  // An opportunity is left out when it is about, or explained by, something the reader may not see.
  const opps = await visibleFindings(db, secrets, run.id, rows.map((r) => toOpportunity(r.opportunity)), projectId);
  const reuse = opps.filter((o) => o.kind === "reusable-outcome" && o.details.to === projectId).slice(0, LETTER_LIMITS.outcomes);
  const involve = opps.filter((o) => o.kind === "partner-recommendation" && o.subjects[0]?.id === projectId).slice(0, LETTER_LIMITS.partners);

  const community = membership[0]?.community;
  const inCommunity = community === undefined ? [] : (await visibleFindings(db, secrets, run.id, runBrokers
    .filter((o) => Array.isArray(o.details.communities) && (o.details.communities as { community: number }[]).some((c) => c.community === community))
    .filter((o) => !o.subjects.some((s) => s.type === "partner" && involve.some((i) => i.subjects[1]?.id === s.id)))
    // The network's own partners are not brokers to be introduced to.
    .filter((o) => !o.subjects.some((s) => s.type === "partner" && ownPartners.has(s.id)))));
  const brokers = (await reachesThroughVisible(db, secrets, run.id, community, inCommunity)).slice(0, LETTER_LIMITS.brokers);

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
  const since = opts.since ? await gatherChanges(db, opts.since, run.id, { project: projectId }, secrets.hiddenStatuses) : undefined;
  progress("names", 3, 3);
  return {
    project: { id: projectId, name: project.name, ...(community !== undefined ? { community } : {}), ...(communityName ? { communityName } : {}) },
    runId: run.id,
    suggestions: suggestions
      .map((s) => {
        const [otherId, otherName] = s.a === projectId ? [s.b, s.bName] : [s.a, s.aName];
        return { otherId, otherName: otherName ?? otherId, score: s.score, reasons: s.reasons };
      })
      .filter((s) => !secrets.projects.has(s.otherId))
      .slice(0, LETTER_LIMITS.suggestions),
    outcomes: reuse.map((o) => ({ title: nameOf("outcome", o.subjects.find((s) => s.type === "outcome")!.id), fromName: nameOf("project", String(o.details.from)), reasons: o.reasons })),
    partners: involve.map((o) => ({ name: nameOf("partner", o.subjects[1]!.id), reasons: o.reasons })),
    brokers: brokers.map((o) => ({ name: nameOf("partner", o.subjects[0]!.id), reasons: o.reasons })),
    ...(since ? { since } : {}),
    ...(secrets.internal ? { internal: true } : {}),
    generatedAt: new Date().toISOString(),
  };
}

/**
 * The brokers that belong to the network's community through a network the reader may see: one
 * who reaches it only through a planned network would name that network's partner.
 */
async function reachesThroughVisible(db: Db, secrets: ReportSecrets, runId: string, community: number | undefined, brokers: StoredOpportunity[]): Promise<StoredOpportunity[]> {
  if (secrets.projects.size === 0 || community === undefined || brokers.length === 0) return brokers;
  const rows = await visibleCommunities(db, secrets, runId, brokers.map((o) => o.subjects[0]!.id));
  const reaches = new Set(rows.filter((r) => r.communities.includes(community)).map((r) => r.partner));
  return brokers.filter((o) => reaches.has(o.subjects[0]!.id));
}
