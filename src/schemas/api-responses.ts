// What each API operation answers, by operationId: the one map from an operation to its response
// schema. The routes declare these same schemas (a test checks each route against this map), the
// OpenAPI document is generated from them, and the workspace's client takes each call's response
// type from here (types only: the browser loads no zod for it).
import type { z } from "zod";
import { callerSchema } from "./caller.ts";
import { MapDataOut } from "./maps.ts";
import { duplicateListOut, partnerMergeListOut, partnerMergeOut } from "./partner-duplicates.ts";
import { contactRecommendationListOut, networkRecommendationListOut, partnerRecommendationListOut } from "./recommendation.ts";
import {
  GraphOut, NewTokenOut, OutcomeDetailOut, OutcomeOut, OutcomePageOut, PartnerDetailOut, PartnerOut, PartnerPageOut, ProjectDetailOut,
  ProjectOut, ProjectPageOut, ThemeDetailOut, ThemeOut, ThemePageOut, TokenListOut, TokenOut,
} from "./responses.ts";
import {
  CommunitiesOut, DecisionListOut, DecisionOut, DeletedRunOut, ImportReportOut, JobOut, OpportunityListOut, RunDiffOut, RunListOut, RunOut,
  SuggestionListOut,
} from "./responses-analysis.ts";
import { ImportJobListOut, UndoReportOut } from "./responses-import.ts";

/** Operations that answer with a JSON body; those answering 204 or a file (reports, exports) are not here. */
export const API_RESPONSES = {
  listProjects: ProjectPageOut, getProject: ProjectDetailOut, createProject: ProjectOut, updateProject: ProjectOut,
  listThemes: ThemePageOut, getTheme: ThemeDetailOut, createTheme: ThemeOut, updateTheme: ThemeOut,
  listPartners: PartnerPageOut, getPartner: PartnerDetailOut, createPartner: PartnerOut, updatePartner: PartnerOut,
  listOutcomes: OutcomePageOut, getOutcome: OutcomeDetailOut, createOutcome: OutcomeDetailOut, updateOutcome: OutcomeDetailOut,
  listDuplicatePartners: duplicateListOut, listPartnerMerges: partnerMergeListOut, mergePartner: partnerMergeOut, undoPartnerMerge: partnerMergeOut,
  listSuggestions: SuggestionListOut, listProjectSuggestions: SuggestionListOut, decideSuggestion: DecisionOut,
  listDecisions: DecisionListOut, getDecision: DecisionOut, redecidePair: DecisionOut, undoDecision: DecisionOut,
  listOpportunities: OpportunityListOut, listCommunities: CommunitiesOut,
  startAnalysis: JobOut, getAnalysisJob: JobOut, listAnalysisRuns: RunListOut, getAnalysisRun: RunOut, diffAnalysisRuns: RunDiffOut, deleteAnalysisRun: DeletedRunOut,
  projectGraph: GraphOut, themeGraph: GraphOut, networkGraph: GraphOut,
  importFiles: ImportReportOut, listImportJobs: ImportJobListOut, undoImport: UndoReportOut,
  listTokens: TokenListOut, createToken: NewTokenOut, revokeToken: TokenOut,
  recommendPartnersForNewNetwork: partnerRecommendationListOut, recommendNetworksForNewNetwork: networkRecommendationListOut,
  recommendPartnersForProject: partnerRecommendationListOut, recommendNetworksForProject: networkRecommendationListOut,
  recommendContactsForPartner: contactRecommendationListOut,
  networkMap: MapDataOut, projectMap: MapDataOut, themeMap: MapDataOut,
  getMe: callerSchema,
} as const;

/** An operation that answers with a JSON body, by its operationId. */
export type ApiOperation = keyof typeof API_RESPONSES;

/** The body an operation answers with, as the client receives it (the schema's output). */
export type ApiResponse<Op extends ApiOperation> = z.output<(typeof API_RESPONSES)[Op]>;
