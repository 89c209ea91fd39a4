// Reading analysis results: runs, suggestions (without decided pairs), opportunities, communities
// and the difference between two runs. Inputs are validated here so the API and the CLI give the
// same messages; an unknown run, project or theme is a NotFoundError, not an empty list. Lists and
// runs are served from the in-process read cache (read-cache.ts, which says how fresh).
import { z } from "zod";
import { readQuery, readRows } from "../../db/index.ts";
import { opportunityQuerySchema, suggestionQuerySchema, type OpportunityQuery, type SuggestionQuery } from "../../schemas/index.ts";
import type { Db } from "../entities/store.ts";
import { NotFoundError, parseInput } from "../../errors.ts";
import { cachedLatestRun, cachedRead } from "./read-cache.ts";
import type { CommunityName } from "../../analysis/community-names.ts";
import { toOpportunity, toRun, toSuggestion, type RunDiff, type StoredOpportunity, type StoredRun, type StoredSuggestion } from "./records.ts";
import { rankMoves } from "../../analysis/rank-moves.ts";
import { pairFacts } from "./run-diff-reasons.ts";

/** Parses a service's input with its schema; a failure is a ValidationError naming every field. */
export function validated<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  return parseInput(schema, input ?? {}, "input", what);
}

export async function listRuns(db: Db): Promise<StoredRun[]> {
  return (await readQuery<{ run: Record<string, unknown> }>(db.driver, "analysis/list-runs", {}, db.database)).map((r) => toRun(r.run));
}

export async function getRun(db: Db, runId: string): Promise<StoredRun> {
  // A complete run never changes; an unknown id is not cached, so a run completed elsewhere is found at once.
  const run = await cachedRead(db, `run:${runId}`, async () => {
    const [row] = await readQuery<{ run: Record<string, unknown> }>(db.driver, "analysis/get-run", { id: runId }, db.database);
    return row ? toRun(row.run) : undefined;
  });
  if (!run) throw new NotFoundError("analysis run", runId);
  return run;
}

/** The latest complete run, read now (a new run's community labels follow it). */
export async function latestRun(db: Db): Promise<StoredRun | undefined> {
  const [row] = await readQuery<{ run: Record<string, unknown> }>(db.driver, "analysis/latest-run", {}, db.database);
  return row ? toRun(row.run) : undefined;
}

/** The run a query is about: the one named (must exist) or the latest (may be none yet). */
async function runFor(db: Db, runId: string | undefined): Promise<string | undefined> {
  if (runId) return (await getRun(db, runId)).id;
  // Lists follow the latest run as the read cache knows it (see read-cache.ts for how soon a new one is seen).
  return (await cachedLatestRun(db))?.id;
}

const EXISTS_QUERIES = { project: "analysis/project-exists", theme: "analysis/theme-exists" } as const;

async function mustExist(db: Db, what: keyof typeof EXISTS_QUERIES, id: string): Promise<void> {
  const found = await cachedRead(db, `exists:${what}:${id}`, async () => (await readQuery(db.driver, EXISTS_QUERIES[what], { id }, db.database)).length > 0, { shortLived: true });
  if (!found) throw new NotFoundError(what, id);
}

/** Which list query serves a suggestion query: the narrowest index path for its filters. */
function suggestionListQuery(q: { project?: string | undefined; theme?: string | undefined }): string {
  if (q.project) return "analysis/list-project-suggestions";
  if (q.theme) return "analysis/list-theme-suggestions";
  return "analysis/list-suggestions";
}

export async function getSuggestions(db: Db, q: SuggestionQuery = {}): Promise<StoredSuggestion[]> {
  const query = validated(suggestionQuerySchema, q, "suggestion query");
  if (query.project) await mustExist(db, "project", query.project);
  if (query.theme) await mustExist(db, "theme", query.theme);
  const runId = await runFor(db, query.runId);
  if (!runId) return [];
  const params = {
    runId,
    project: query.project ?? null,
    theme: query.theme ?? null,
    community: query.community ?? null,
    diagonalOnly: query.diagonalOnly,
    statuses: query.status ?? null,
    offset: query.offset,
    limit: query.limit,
  };
  const list = await cachedRead(db, `suggestions:${JSON.stringify(params)}`, async () => {
    const rows = await readQuery<{ suggestion: Record<string, unknown> }>(db.driver, suggestionListQuery(query), params, db.database);
    return rows.map((r) => toSuggestion(r.suggestion));
  }, { weight: (l) => l.length });
  // A copy, so a caller that reorders or trims its list does not change the cached one.
  return [...list];
}

/** How many suggestions a suggestion query holds in all, over every page (the inbox's total). */
export async function countSuggestions(db: Db, q: SuggestionQuery = {}): Promise<number> {
  const query = validated(suggestionQuerySchema, q, "suggestion query");
  if (query.project) await mustExist(db, "project", query.project);
  if (query.theme) await mustExist(db, "theme", query.theme);
  const runId = await runFor(db, query.runId);
  if (!runId) return 0;
  const params = {
    runId, project: query.project ?? null, theme: query.theme ?? null, community: query.community ?? null,
    statuses: query.status ?? null, diagonalOnly: query.diagonalOnly,
  };
  return cachedRead(db, `suggestion-count:${JSON.stringify(params)}`, async () => {
    const [row] = await readQuery<{ total: number }>(db.driver, "analysis/count-suggestions", params, db.database);
    return row?.total ?? 0;
  });
}

export async function getOpportunities(db: Db, q: OpportunityQuery = {}): Promise<StoredOpportunity[]> {
  const query = validated(opportunityQuerySchema, q, "opportunity query");
  const runId = await runFor(db, query.runId);
  if (!runId) return [];
  const params = { runId, kind: query.kind ?? null, limit: query.limit };
  const list = await cachedRead(db, `opportunities:${JSON.stringify(params)}`, async () => {
    const rows = await readQuery<{ opportunity: Record<string, unknown> }>(db.driver, "analysis/list-opportunities", params, db.database);
    return rows.map((r) => toOpportunity(r.opportunity));
  }, { weight: (l) => l.length });
  return [...list];
}

/** A community of a run: its label, its name in Dutch and English with its characteristic themes, and its projects. */
export interface RunCommunity {
  label: number;
  /** Absent for runs stored before communities were named. */
  nameNl?: string;
  nameEn?: string;
  themes?: { id: string; nameNl: string; nameEn: string; networks: number }[];
  projects: { id: string; name: string }[];
}

export async function getCommunities(db: Db, runId?: string): Promise<RunCommunity[]> {
  const id = await runFor(db, runId);
  if (!id) return [];
  const [rows, stored] = await Promise.all([
    readQuery<{ project: string; name: string; label: number }>(db.driver, "analysis/run-communities", { runId: id }, db.database),
    storedCommunityNames(db, id),
  ]);
  const names = new Map((stored ?? []).map((n) => [n.community, n]));
  const byLabel = new Map<number, { id: string; name: string }[]>();
  for (const r of rows) {
    const list = byLabel.get(r.label) ?? [];
    list.push({ id: r.project, name: r.name });
    byLabel.set(r.label, list);
  }
  return [...byLabel].sort(([x], [y]) => x - y).map(([label, projects]) => {
    const n = names.get(label);
    return n ? { label, nameNl: n.nameNl, nameEn: n.nameEn, themes: n.themes.map(({ id, nameNl, nameEn, networks }) => ({ id, nameNl, nameEn, networks })), projects } : { label, projects };
  });
}

/** The names of a run's communities as the run stored them; undefined for runs stored before communities were named. */
export async function storedCommunityNames(db: Db, runId: string): Promise<CommunityName[] | undefined> {
  const [row] = await readQuery<{ names: string | null }>(db.driver, "analysis/run-community-names", { runId }, db.database);
  return row?.names ? (JSON.parse(row.names) as CommunityName[]) : undefined;
}

/** projectId → community label of a run. */
export async function communityMap(db: Db, runId: string): Promise<Map<string, number>> {
  return new Map(await readRows<[string, number]>(db.driver, "analysis/run-community-labels", { runId }, db.database));
}

type RankRow = { pairKey: string; a: string; b: string; rank: number; score: number };

/** Pair key → pair, rank and score of every suggestion of a run. */
async function suggestionRanks(db: Db, runId: string): Promise<Map<string, RankRow>> {
  const rows = await readRows<[string, string, string, number, number]>(db.driver, "analysis/run-suggestion-ranks", { runId }, db.database);
  return new Map(rows.map(([pairKey, a, b, rank, score]) => [pairKey, { pairKey, a, b, rank, score }]));
}

/**
 * New, dropped and moved suggestions, and projects whose community label changed. Each pair carries
 * its networks' names; each dropped pair why it left (run-diff-reasons.ts); a pair moved only when
 * its place among the pairs both runs suggest changed (analysis/rank-moves.ts), never because
 * others were inserted above it or left.
 */
export async function diffRuns(db: Db, fromRunId: string, toRunId: string): Promise<RunDiff> {
  const [from, to] = await Promise.all([getRun(db, fromRunId), getRun(db, toRunId)]);
  const [before, after, ca, cb] = await Promise.all([suggestionRanks(db, from.id), suggestionRanks(db, to.id), communityMap(db, from.id), communityMap(db, to.id)]);
  const byRank = <T extends { rank?: number; toRank?: number }>(xs: T[]) => xs.sort((x, y) => (x.rank ?? x.toRank ?? 0) - (y.rank ?? y.toRank ?? 0));
  const addedRows = byRank([...after.values()].filter((s) => !before.has(s.pairKey)));
  const droppedRows = byRank([...before.values()].filter((s) => !after.has(s.pairKey)));
  const kept = [...after.values()]
    .filter((s) => before.has(s.pairKey))
    .map((s) => {
      const old = before.get(s.pairKey)!;
      return { pairKey: s.pairKey, a: s.a, b: s.b, fromRank: old.rank, toRank: s.rank, fromScore: old.score, toScore: s.score };
    });
  const moves = rankMoves(kept).sort((x, y) => x.pair.toRank - y.pair.toRank);
  const facts = await pairFacts(db, from, to, [...addedRows, ...droppedRows, ...moves.map((m) => m.pair)], droppedRows);
  const added = addedRows.map((s) => ({ ...s, ...facts.names(s) }));
  const dropped = droppedRows.map((s) => ({ ...s, ...facts.names(s), ...facts.why(s) }));
  const moved = moves.map((m) => ({ ...m.pair, ...facts.names(m.pair), fromPlace: m.fromPlace, toPlace: m.toPlace }));
  const communityChanges = [...new Set([...ca.keys(), ...cb.keys()])]
    .filter((p) => ca.get(p) !== cb.get(p))
    .sort()
    .map((project) => ({ project, from: ca.get(project) ?? null, to: cb.get(project) ?? null }));
  return { from: from.id, to: to.id, added, dropped, moved, communityChanges };
}
