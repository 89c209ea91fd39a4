// The export use case for the CLI and the HTTP API: the whole graph as GEXF (Gephi), GraphML or
// graphology JSON, with the run's communities, scores and suggestions for analysts; and CSV of the
// run's suggestions, of decisions and of the run's opportunities. The public view exports the
// graph without planned projects (and what only they reach), with public fields only and no
// analysis results; CSV tables are analysis results, so they need the analyst role. The graph
// formats are streamed from the database to their destination (graph-export.ts); streamExport
// writes any format to a sink, buildExport returns it whole (for small graphs and tests).
import { readQuery } from "../db/index.ts";
import { exportRequestSchema, type ExportRequest, type ValidExportRequest } from "../schemas/report.ts";
import { streamGraph, type GraphFormat } from "./graph-export.ts";
import { decisionsCsv, opportunitiesCsv, suggestionsCsv, type SuggestionRow } from "./csv-tables.ts";
import type { Db, Visibility } from "./entities/store.ts";
import { ForbiddenError } from "../errors.ts";
import { validated } from "./analysis/queries.ts";
import { listDecisions } from "./analysis/decisions.ts";
import { toOpportunity } from "./analysis/records.ts";
import { reportRun } from "./reports/report-run.ts";
import { noProgress, type ReportProgress } from "./reports/progress.ts";
import { readDetails, storedSuggestionId } from "./analysis/stored-suggestion.ts";

export interface RenderedExport {
  body: string;
  contentType: string;
  fileName: string;
  nodes?: number;
  edges?: number;
}

type SuggestionRecord = {
  id: string | null; runId: string; a: string; b: string; aName: string | null; bName: string | null; rank: number; score: number; diagonal: boolean;
  details: string | null; signals: string | null; reasonsNl: string[] | null; reasonsEn: string[] | null; evidence: string | null; decision: string | null;
};

async function runSuggestions(db: Db, runId: string): Promise<SuggestionRow[]> {
  const rows = await readQuery<SuggestionRecord>(db.driver, "exports/run-suggestions", { runId }, db.database);
  return rows.map((r) => {
    const { signals, reasons, evidence } = readDetails(r);
    return {
      id: storedSuggestionId(r), a: r.a, b: r.b, aName: r.aName ?? r.a, bName: r.bName ?? r.b, rank: r.rank, score: r.score, diagonal: r.diagonal === true,
      reasonsNl: reasons.nl, reasonsEn: reasons.en, decision: r.decision,
      signals: signals as Record<string, number>, sharedThemes: evidence.sharedThemes ?? [], sharedPartners: evidence.sharedPartners ?? [],
    };
  });
}

const GRAPH_TYPES = { gexf: "application/gexf+xml; charset=utf-8", graphml: "application/graphml+xml; charset=utf-8", json: "application/json; charset=utf-8" } as const;
const graphFile = (format: GraphFormat, visibility: Visibility) => `diagonal-graph${visibility === "public" ? "-public" : ""}.${format}`;

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

/** Writes the export to `sink`: the graph formats as they are read from the database, CSV once built. */
export async function streamExport(db: Db, request: ExportRequest, visibility: Visibility, sink: ExportSink, progress: ReportProgress = noProgress): Promise<{ nodes?: number; edges?: number; fileName: string }> {
  const r = checked(request, visibility);
  if (r.format !== "csv") {
    const format = r.format, fileName = graphFile(format, visibility);
    const counts = await streamGraph(db, { format, ...(r.run ? { runId: r.run } : {}), visibility, begin: () => sink.begin({ contentType: GRAPH_TYPES[format], fileName }) }, (c) => sink.write(c), progress);
    return { nodes: counts.nodes, edges: counts.edges, fileName };
  }
  const out = await csvExport(db, r, progress);
  sink.begin({ contentType: out.contentType, fileName: out.fileName });
  await sink.write(out.body);
  return { fileName: out.fileName };
}

/** The whole export as one string (small graphs, tests): what streamExport writes. */
export async function buildExport(db: Db, request: ExportRequest, visibility: Visibility = "all", progress: ReportProgress = noProgress): Promise<RenderedExport> {
  const r = checked(request, visibility);
  if (r.format === "csv") return csvExport(db, r, progress);
  const chunks: string[] = [];
  const counts = await streamGraph(db, { format: r.format, ...(r.run ? { runId: r.run } : {}), visibility }, (c) => { chunks.push(c); }, progress);
  return { body: chunks.join(""), contentType: GRAPH_TYPES[r.format], fileName: graphFile(r.format, visibility), nodes: counts.nodes, edges: counts.edges };
}

async function csvExport(db: Db, r: ValidExportRequest, progress: ReportProgress): Promise<RenderedExport> {
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
