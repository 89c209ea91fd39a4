// The export use case for the CLI and the HTTP API: the whole graph as GEXF (Gephi), GraphML or
// graphology JSON, with the run's communities, scores and suggestions for analysts; and CSV of the
// run's suggestions, of decisions and of the run's opportunities. The public view exports the
// graph without planned projects (and what only they reach), with public fields only and no
// analysis results; CSV tables are analysis results, so they need the analyst role. GEXF is
// streamed from the database to its destination (gexf-export.ts); streamExport writes any format
// to a sink, buildExport returns it whole (for small graphs and tests).
import { readQuery } from "../db/index.ts";
import { exportRequestSchema, type ExportRequest } from "../schemas/report.ts";
import { exportGraph, type ExportSuggestion, type RunResults } from "../exports/export-graph.ts";
import { streamGexf } from "./gexf-export.ts";
import { toGraphml } from "../exports/graphml.ts";
import { decisionsCsv, opportunitiesCsv, suggestionsCsv, type SuggestionRow } from "./csv-tables.ts";
import { nameCommunities } from "../analysis/community-names.ts";
import { hiddenStatuses, type Db, type Visibility } from "./entities/store.ts";
import { ForbiddenError } from "../errors.ts";
import { communityMap, getOpportunities, getRun, latestRun, storedCommunityNames, validated } from "./analysis/queries.ts";
import { listDecisions } from "./analysis/decisions.ts";
import { toOpportunity, type StoredRun } from "./analysis/records.ts";
import { projectGraph } from "./projection.ts";
import { reportRun } from "./reports/report-run.ts";
import { noProgress, type ReportProgress } from "./reports/progress.ts";

export interface RenderedExport {
  body: string;
  contentType: string;
  fileName: string;
  nodes?: number;
  edges?: number;
}

type SuggestionRecord = {
  id: string; a: string; b: string; aName: string | null; bName: string | null; rank: number; score: number; diagonal: boolean;
  signals: string; reasonsNl: string[]; reasonsEn: string[]; evidence: string; decision: string | null;
};

async function runSuggestions(db: Db, runId: string): Promise<SuggestionRow[]> {
  const rows = await readQuery<SuggestionRecord>(db.driver, "exports/run-suggestions", { runId }, db.database);
  return rows.map((r) => {
    const evidence = JSON.parse(r.evidence ?? "{}") as { sharedThemes?: string[]; sharedPartners?: string[] };
    return {
      id: r.id, a: r.a, b: r.b, aName: r.aName ?? r.a, bName: r.bName ?? r.b, rank: r.rank, score: r.score, diagonal: r.diagonal === true,
      reasonsNl: r.reasonsNl ?? [], reasonsEn: r.reasonsEn ?? [], decision: r.decision,
      signals: JSON.parse(r.signals ?? "{}") as Record<string, number>, sharedThemes: evidence.sharedThemes ?? [], sharedPartners: evidence.sharedPartners ?? [],
    };
  });
}

const GEXF = { contentType: "application/gexf+xml; charset=utf-8", fileName: (visibility: Visibility) => `diagonal-graph${visibility === "public" ? "-public" : ""}.gexf` };

/** Where a streamed export goes: told its type and name before the first chunk, then given the chunks. */
export interface ExportSink {
  begin(meta: { contentType: string; fileName: string }): void;
  write(chunk: string): Promise<void> | void;
}

function checked(request: ExportRequest, visibility: Visibility) {
  const r = validated(exportRequestSchema, request, "export request");
  if (visibility === "public" && r.format === "csv") {
    throw new ForbiddenError("CSV exports hold suggestions, decisions and opportunities, which need the analyst role; the public export is the graph (gexf, graphml or json)");
  }
  if (visibility === "public" && r.run) throw new ForbiddenError("run: the public export holds no analysis results; exporting a run's results needs the analyst role");
  return r;
}

/** Writes the export to `sink`: GEXF as it is read from the database, other formats once built. */
export async function streamExport(db: Db, request: ExportRequest, visibility: Visibility, sink: ExportSink, progress: ReportProgress = noProgress): Promise<{ nodes?: number; edges?: number; fileName: string }> {
  const r = checked(request, visibility);
  if (r.format === "gexf") {
    const fileName = GEXF.fileName(visibility);
    const counts = await streamGexf(db, { ...(r.run ? { runId: r.run } : {}), visibility, begin: () => sink.begin({ contentType: GEXF.contentType, fileName }) }, (c) => sink.write(c), progress);
    return { ...counts, fileName };
  }
  const out = await buildExport(db, request, visibility, progress);
  sink.begin({ contentType: out.contentType, fileName: out.fileName });
  await sink.write(out.body);
  return { ...(out.nodes !== undefined ? { nodes: out.nodes, edges: out.edges! } : {}), fileName: out.fileName };
}

export async function buildExport(db: Db, request: ExportRequest, visibility: Visibility = "all", progress: ReportProgress = noProgress): Promise<RenderedExport> {
  const r = checked(request, visibility);
  if (r.format === "gexf") {
    const chunks: string[] = [];
    const counts = await streamGexf(db, { ...(r.run ? { runId: r.run } : {}), visibility }, (c) => { chunks.push(c); }, progress);
    return { body: chunks.join(""), contentType: GEXF.contentType, fileName: GEXF.fileName(visibility), nodes: counts.nodes, edges: counts.edges };
  }

  if (r.format === "csv") {
    const table = r.table ?? "suggestions";
    const fileName = `diagonal-${table}.csv`;
    const contentType = "text/csv; charset=utf-8";
    if (table === "decisions") return { body: decisionsCsv(await listDecisions(db)), contentType, fileName };
    const run = await reportRun(db, r.run);
    progress(`reading ${table}`, 0, 1);
    if (table === "suggestions") return { body: suggestionsCsv(await runSuggestions(db, run.id)), contentType, fileName };
    const rows = await readQuery<{ opportunity: Record<string, unknown> }>(db.driver, "reports/run-opportunities", { runId: run.id }, db.database);
    return { body: opportunitiesCsv(rows.map((o) => toOpportunity(o.opportunity))), contentType, fileName };
  }

  progress("reading graph", 0, 4);
  const graph = await projectGraph(db, "reports/structure");
  progress("analysis results", 1, 4);
  let results: RunResults | undefined;
  let hiddenProjects: Set<string> | undefined;
  if (visibility === "public") {
    hiddenProjects = new Set((await readQuery<{ id: string }>(db.driver, "reports/hidden-projects", { hiddenStatuses: hiddenStatuses("public") }, db.database)).map((x) => x.id));
  } else {
    const run: StoredRun | undefined = r.run ? await getRun(db, r.run) : await latestRun(db);
    if (run) {
      const community = await communityMap(db, run.id);
      const names = (await storedCommunityNames(db, run.id)) ?? nameCommunities(graph, [...community].map(([projectId, c]) => ({ projectId, community: c })));
      const suggestions: ExportSuggestion[] = await runSuggestions(db, run.id);
      const brokers = await getOpportunities(db, { kind: "broker", runId: run.id, limit: 500 });
      results = {
        runId: run.id,
        community,
        communityNames: new Map(names.map((c) => [c.community, { nl: c.nameNl, en: c.nameEn }])),
        suggestions,
        brokerScores: new Map(brokers.map((b) => [b.subjects[0]!.id, Number(b.details.participationCoefficient ?? b.score)])),
      };
    }
  }
  progress("building export graph", 2, 4);
  const out = exportGraph(graph, results, hiddenProjects ? { hiddenProjects } : {});
  progress(`writing ${r.format}`, 3, 4);
  const body = r.format === "graphml" ? toGraphml(out) : JSON.stringify(out.export());
  progress(`writing ${r.format}`, 4, 4);
  const contentType = r.format === "graphml" ? "application/graphml+xml; charset=utf-8" : "application/json; charset=utf-8";
  return { body, contentType, fileName: `diagonal-graph${visibility === "public" ? "-public" : ""}.${r.format}`, nodes: out.order, edges: out.size };
}
