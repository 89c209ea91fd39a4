// Constraints and indexes, applied at every start-up; each is IF NOT EXISTS.
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE INDEX partner_name_key IF NOT EXISTS FOR (n:Partner) ON (n.nameKey);
CREATE INDEX partner_enterprise_number IF NOT EXISTS FOR (n:Partner) ON (n.enterpriseNumber);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX outcome_kind IF NOT EXISTS FOR (n:Outcome) ON (n.kind);
