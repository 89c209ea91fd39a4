// One contract from server to browser: each route answers with the schema the operation map
// (src/schemas/api-responses.ts) names for it — the map the workspace's client is typed by — and
// every presenter's output, for records built from the MVO fixture and a real analysis of it, is
// exactly what its response schema declares: parsing it (which drops undeclared fields at every
// depth) neither fails nor changes it, so a field the schema lacks, or lacks the presenter, fails.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { analyzeGraph } from "../../src/analysis/analyze.ts";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { DEFAULT_ANALYSIS_OPTIONS } from "../../src/analysis/options.ts";
import { defaultRankers } from "../../src/analysis/recommend/learned-ranker.ts";
import { presentDecision, presentJob, presentOpportunity, presentRun, presentSuggestionWithHistory } from "../../src/http/presenters/analysis.ts";
import { presentOutcome, presentOutcomeDetail } from "../../src/http/presenters/outcome.ts";
import { presentPartner, presentPartnerDetail } from "../../src/http/presenters/partner.ts";
import { presentProject, presentProjectDetail } from "../../src/http/presenters/project.ts";
import { presentTheme, presentThemeDetail } from "../../src/http/presenters/theme.ts";
import { presentNewToken, presentToken } from "../../src/http/presenters/token.ts";
import { ALL_ROUTES } from "../../src/http/routes/index.ts";
import { API_RESPONSES, type ApiOperation } from "../../src/schemas/api-responses.ts";
import { DecisionOut, JobOut, OpportunityOut, RunOut, SuggestionOut } from "../../src/schemas/responses-analysis.ts";
import {
  NewTokenOut, OutcomeDetailOut, OutcomeOut, PartnerDetailOut, PartnerOut, ProjectDetailOut, ProjectOut, ThemeDetailOut, ThemeOut, TokenOut,
} from "../../src/schemas/responses.ts";
import type { DecisionRecord, StoredOpportunity, StoredRun, StoredSuggestion } from "../../src/services/analysis/index.ts";
import { loadMvoFixture } from "./fixture-dataset.ts";

/** The presenter's output is exactly what the schema declares, at every depth. */
function expectExactly(schema: z.ZodType, output: unknown, what: string) {
  const parsed = schema.safeParse(output);
  expect(parsed.error?.issues ?? [], `${what}: fields the schema requires or types it expects`).toEqual([]);
  expect(JSON.parse(JSON.stringify(output)), `${what}: fields the schema does not declare`).toStrictEqual(JSON.parse(JSON.stringify(parsed.data)));
}

describe("the operation map", () => {
  it("names, for every route with a JSON answer, the very schema the route declares", () => {
    const answering = ALL_ROUTES.filter((r) => r.response);
    for (const route of answering) expect(API_RESPONSES[route.operationId as ApiOperation], route.operationId).toBe(route.response);
    expect(Object.keys(API_RESPONSES).sort()).toEqual(answering.map((r) => r.operationId).sort());
  });

  it("leaves out only operations answering 204 or a file", () => {
    const silent = ALL_ROUTES.filter((r) => !r.response).map((r) => r.operationId).sort();
    expect(silent).toEqual(["deleteOutcome", "deletePartner", "deleteProject", "deleteTheme", "exportGraph", "getReport", "makeDigestIssue"]);
  });
});

describe("presenters agree with their response schemas", () => {
  const data = loadMvoFixture();
  const result = analyzeGraph(datasetToGraph(data), DEFAULT_ANALYSIS_OPTIONS);
  const runId = "run-1";
  const communityOf = new Map(result.communities.map((c) => [c.projectId, c.community]));
  const nameOf = new Map(data.projects.map((p) => [p.id, p.name]));
  const suggestions: StoredSuggestion[] = result.suggestions.map((s, i) => ({
    ...s, id: `${runId}:${s.a}|${s.b}`, runId, pairKey: `${s.a}|${s.b}`, rank: i + 1, aName: nameOf.get(s.a), bName: nameOf.get(s.b),
    aStatus: "active", bStatus: "completed", aStart: "2012", bEnd: "2014-06",
    communities: [communityOf.get(s.a) ?? null, communityOf.get(s.b) ?? null],
    networks: { a: { status: "active", start: "2012", staleActive: false }, b: { status: "completed", end: "2014-06", staleActive: false } },
  }));
  const first = suggestions[0]!;
  const decision: DecisionRecord = {
    pairKey: first.pairKey, a: first.a, b: first.b, aName: first.aName, decision: "open", version: 2, madeCollaboration: true, note: "gesprek gepland",
    decidedAt: "2026-01-16T10:00:00Z", decidedBy: "coordinator", fingerprint: first.fingerprint, suggestionId: first.id, runId,
    orphaned: { reason: "project removed", importJob: "job-1", at: "2026-01-17T09:00:00Z" },
    history: [
      { action: "decide", decision: "accepted", by: "coordinator", at: "2026-01-16T09:00:00Z", version: 1, undoneAt: "2026-01-16T10:00:00Z", undoneBy: "coordinator", suggestionId: first.id, runId, score: first.score },
      { action: "undo", decision: "open", previous: "accepted", note: "te vroeg", at: "2026-01-16T10:00:00Z", version: 2, undoes: 1, suggestionId: first.id, runId },
    ],
  };

  it("has fixtures to check: suggestions and opportunities of a real analysis", () => {
    expect(suggestions.length).toBeGreaterThan(5);
    expect(result.opportunities.length).toBeGreaterThan(5);
  });

  it("suggestions, with and without an earlier decision on their pair", () => {
    const earlier = new Map([[first.pairKey, decision]]);
    for (const s of suggestions) expectExactly(SuggestionOut, presentSuggestionWithHistory(s, earlier), `suggestion ${s.id}`);
  });

  it("decisions, runs, jobs and opportunities", () => {
    expectExactly(DecisionOut, presentDecision(decision), "decision");
    const run: StoredRun = {
      id: runId, startedAt: "2026-01-15T08:00:00Z", finishedAt: "2026-01-15T08:00:05Z", params: { seed: 42 }, modularity: result.modularity,
      counts: { ...result.counts, suggestions: suggestions.length, opportunities: result.opportunities.length, excludedPairs: 0 },
      rankers: defaultRankers("too little history"),
    };
    expectExactly(RunOut, presentRun(run), "run with its models");
    expectExactly(RunOut, presentRun({ ...run, rankers: undefined }), "run stored before models");
    expectExactly(JobOut, presentJob({ id: "j1", state: "succeeded", startedAt: run.startedAt, finishedAt: run.finishedAt, stage: "opportunities", done: 4, total: 4, runId }), "job");
    expectExactly(JobOut, presentJob({ id: "j2", state: "failed", startedAt: run.startedAt, error: "Neo4j unavailable" }), "failed job");
    for (const o of result.opportunities) {
      const stored: StoredOpportunity = { ...o, id: `${runId}:${o.key}`, runId, subjects: o.subjects.map((s) => ({ ...s, nameNl: s.id, nameEn: s.id })) };
      expectExactly(OpportunityOut, presentOpportunity(stored), `opportunity ${o.key}`);
    }
  });

  it("projects, themes, partners and outcomes, and their details", () => {
    for (const p of data.projects) expectExactly(ProjectOut, presentProject(p), `project ${p.id}`);
    for (const t of data.themes) expectExactly(ThemeOut, presentTheme(t), `theme ${t.id}`);
    for (const p of data.partners) for (const role of ["public", "admin"] as const) expectExactly(PartnerOut, presentPartner(p, role), `partner ${p.id} (${role})`);
    for (const o of data.outcomes) expectExactly(OutcomeOut, presentOutcome(o), `outcome ${o.id}`);
    const project = data.projects[0]!;
    const theme = data.themes[0]!;
    const partner = data.partners[0]!;
    const outcome = data.outcomes[0]!;
    expectExactly(ProjectDetailOut, presentProjectDetail({
      project,
      themes: [{ id: theme.id, nameNl: theme.nameNl, nameEn: theme.nameEn, weight: 1 }],
      partners: [{ id: partner.id, name: partner.name, kind: partner.kind, role: "lead" }],
      outcomes: [{ id: outcome.id, title: outcome.title, kind: outcome.kind, date: "2013" }, { id: "o2", title: "Zonder datum", kind: "tool" }],
      collaborations: [{ id: "P9", name: "Ander netwerk", status: "accepted", since: "2014", source: "import" }],
    }), "project detail");
    expectExactly(ThemeDetailOut, presentThemeDetail({ theme, projects: [{ id: project.id, name: project.name, status: "active", weight: 0.5 }], outcomes: [] }), "theme detail");
    for (const role of ["public", "admin"] as const) {
      expectExactly(PartnerDetailOut, presentPartnerDetail({ partner, projects: [{ id: project.id, name: project.name, status: "active", role: "member" }] }, role), `partner detail (${role})`);
    }
    expectExactly(OutcomeDetailOut, presentOutcomeDetail({ outcome, project: { id: project.id, name: project.name, status: "completed" }, themes: [{ id: theme.id, nameNl: theme.nameNl, nameEn: theme.nameEn }] }), "outcome detail");
  });

  it("the public partner carries no enterprise number, also when the record has one", () => {
    const partner = { ...data.partners[0]!, enterpriseNumber: "0123.456.789" };
    expect(presentPartner(partner, "public")).not.toHaveProperty("enterpriseNumber");
    expect(presentPartner(partner, "admin")).toHaveProperty("enterpriseNumber", "0123.456.789");
  });

  it("tokens, never with their hash", () => {
    const token = { id: "5f0c3c8e-7d3a-4a53-9a43-3f4f3f7d2c11", name: "website", role: "analyst" as const, createdAt: "2026-01-15T08:00:00Z", revokedAt: null };
    expectExactly(TokenOut, presentToken(token), "token");
    expectExactly(TokenOut, presentToken({ ...token, revokedAt: "2026-01-16T08:00:00Z" }), "revoked token");
    expectExactly(NewTokenOut, presentNewToken(token, "secret"), "new token");
  });
});
