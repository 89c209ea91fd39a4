// Constraints and indexes, applied at every start-up; each is IF NOT EXISTS.
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE INDEX partner_name_key IF NOT EXISTS FOR (n:Partner) ON (n.nameKey);
CREATE INDEX partner_enterprise_number IF NOT EXISTS FOR (n:Partner) ON (n.enterpriseNumber);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX outcome_kind IF NOT EXISTS FOR (n:Outcome) ON (n.kind);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT analysis_run_id IF NOT EXISTS FOR (n:AnalysisRun) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (n:Suggestion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_pair_key IF NOT EXISTS FOR (n:Decision) REQUIRE n.pairKey IS UNIQUE;
CREATE CONSTRAINT opportunity_id IF NOT EXISTS FOR (n:Opportunity) REQUIRE n.id IS UNIQUE;
CREATE INDEX suggestion_run_rank IF NOT EXISTS FOR (n:Suggestion) ON (n.runId, n.rank);
CREATE INDEX suggestion_run_a IF NOT EXISTS FOR (n:Suggestion) ON (n.runId, n.a);
CREATE INDEX suggestion_run_b IF NOT EXISTS FOR (n:Suggestion) ON (n.runId, n.b);
CREATE INDEX opportunity_run IF NOT EXISTS FOR (n:Opportunity) ON (n.runId);
CREATE INDEX decision_event_pair_key IF NOT EXISTS FOR (n:DecisionEvent) ON (n.pairKey);
// When Diagonal first stored a network, an outcome or a participation: the newsletter digest and
// the reports' --since list what is new.
CREATE INDEX project_added IF NOT EXISTS FOR (n:Project) ON (n.addedAt);
CREATE INDEX outcome_added IF NOT EXISTS FOR (n:Outcome) ON (n.addedAt);
CREATE INDEX participation_added IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.addedAt);
CREATE INDEX import_undo_job_seq IF NOT EXISTS FOR (n:ImportUndo) ON (n.importJob, n.importSeq);
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_undo_job IF NOT EXISTS FOR (n:ImportUndo) ON (n.importJob);
// A staged import creates its nodes under staging labels, which no reader matches; its last, small
// transaction gives them their own labels (staged/reveal-created). These find them meanwhile.
CREATE INDEX staged_theme_id IF NOT EXISTS FOR (n:StagedTheme) ON (n.id);
CREATE INDEX staged_project_id IF NOT EXISTS FOR (n:StagedProject) ON (n.id);
CREATE INDEX staged_partner_id IF NOT EXISTS FOR (n:StagedPartner) ON (n.id);
CREATE INDEX staged_outcome_id IF NOT EXISTS FOR (n:StagedOutcome) ON (n.id);
// An id merged into another partner, by a coordinator or on import, is one MergedPartner record (its
// id an alias of the kept partner, in mergedInto; partners/record-aliases); each coordinator's merge
// is recorded as a PartnerMerge too, kept after an undo as the audit.
CREATE INDEX merged_partner_id IF NOT EXISTS FOR (n:MergedPartner) ON (n.id);
CREATE INDEX merged_partner_into IF NOT EXISTS FOR (n:MergedPartner) ON (n.mergedInto);
// Databases written before aliases were records kept the ids an import merged into a partner as a
// list (`aliases`); the start-up migration (src/db/migrations.ts) finds them through these, at once
// when there are none (every start once migrated).
CREATE INDEX partner_alias_lists IF NOT EXISTS FOR (n:Partner) ON (n.aliases);
CREATE INDEX merged_partner_alias_lists IF NOT EXISTS FOR (n:MergedPartner) ON (n.aliases);
CREATE CONSTRAINT partner_merge_id IF NOT EXISTS FOR (n:PartnerMerge) REQUIRE n.id IS UNIQUE;
// The list of decisions is newest first, filtered by period.
CREATE INDEX decision_decided_at IF NOT EXISTS FOR (n:Decision) ON (n.decidedAt);
// Each newsletter digest made (not a preview): the next digest counts what is new from the last one.
CREATE INDEX digest_issue_made IF NOT EXISTS FOR (n:DigestIssue) ON (n.madeAt);
// The lists' default sort orders: the first pages are read in index order (entities/*-list).
CREATE INDEX partner_name IF NOT EXISTS FOR (n:Partner) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX outcome_title IF NOT EXISTS FOR (n:Outcome) ON (n.title);
CREATE INDEX contact_model_fitted IF NOT EXISTS FOR (n:ContactModel) ON (n.fittedAt);
