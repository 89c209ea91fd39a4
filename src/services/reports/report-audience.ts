// Who a report is for, and what it must therefore keep to itself. Letters, theme reports and the
// digest leave the office: by default they never name a planned network (not announced yet), nor
// a partner or an outcome that only a planned network brings, nor a finding computed from one.
// The coordinator may ask for an internal version (`--internal`, `internal=true`), which names
// everything and is marked "intern / internal". The rule of what is hidden is the one the public
// maps and entity lists use (entities/store.ts hiddenStatuses: the public role does not see
// planned networks); this module only extends it to what hangs on a hidden network.
import { readQuery } from "../../db/index.ts";
import { hiddenStatuses, type Db } from "../entities/store.ts";
import type { StoredOpportunity } from "../analysis/records.ts";
import { BROKER_DEFAULTS } from "../../analysis/opportunities/brokers.ts";

export interface ReportSecrets {
  /** The internal version: nothing is hidden. */
  internal: boolean;
  /** The statuses of networks the reader may not see, for the queries' $hiddenStatuses. */
  hiddenStatuses: string[];
  projects: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
  /** Themes a hidden network addresses: the run's findings about them counted it. */
  themes: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Hidden networks, and the partners and outcomes only they bring, for the report's reader. */
export async function reportSecrets(db: Db, internal: boolean): Promise<ReportSecrets> {
  const statuses = hiddenStatuses(internal ? "all" : "public");
  if (statuses.length === 0) return { internal, hiddenStatuses: statuses, projects: NONE, partners: NONE, outcomes: NONE, themes: NONE };
  const [projects, [around]] = await Promise.all([
    readQuery<{ id: string }>(db.driver, "reports/hidden-projects", { hiddenStatuses: statuses }, db.database),
    readQuery<{ partners: string[]; outcomes: string[]; themes: string[] }>(db.driver, "reports/hidden-neighbours", { hiddenStatuses: statuses }, db.database),
  ]);
  return {
    internal,
    hiddenStatuses: statuses,
    projects: new Set(projects.map((r) => r.id)),
    partners: new Set(around?.partners ?? []),
    outcomes: new Set(around?.outcomes ?? []),
    themes: new Set(around?.themes ?? []),
  };
}

/** True when a subject of an opportunity (a network, partner or outcome) is hidden from the reader. */
export function hidesSubject(secrets: ReportSecrets, s: { type: string; id: string }): boolean {
  if (s.type === "project") return secrets.projects.has(s.id);
  if (s.type === "partner") return secrets.partners.has(s.id);
  if (s.type === "outcome") return secrets.outcomes.has(s.id);
  return false;
}

/** True when any of these networks is hidden. */
export const hidesAnyProject = (secrets: ReportSecrets, ids: readonly unknown[]) => ids.some((id) => typeof id === "string" && secrets.projects.has(id));

/**
 * The run's findings (opportunities) a reader may see: none about a hidden network, partner or
 * outcome (`except`: the report's own subject), none explained by a hidden network (a reusable
 * outcome's source, a recommended partner's similar networks), no theme gap counted with a hidden
 * network, and no broker who spans communities only through hidden networks.
 */
export async function visibleFindings<T extends StoredOpportunity>(db: Db, secrets: ReportSecrets, runId: string, found: T[], except?: string): Promise<T[]> {
  if (secrets.projects.size === 0) return found;
  const kept = found.filter((o) =>
    !o.subjects.some((s) => s.id !== except && hidesSubject(secrets, s))
    && !hidesAnyProject(secrets, [o.details.from, ...(Array.isArray(o.details.via) ? o.details.via : [])])
    && !(o.kind === "theme-gap" && o.subjects.some((s) => s.type === "theme" && secrets.themes.has(s.id))));
  const brokers = kept.filter((o) => o.kind === "broker").map((o) => o.subjects[0]!.id);
  if (brokers.length === 0) return kept;
  const spread = new Map((await visibleCommunities(db, secrets, runId, brokers)).map((r) => [r.partner, r.communities.length]));
  return kept.filter((o) => o.kind !== "broker" || (spread.get(o.subjects[0]!.id) ?? 0) >= BROKER_DEFAULTS.minCommunities);
}

/** For each partner, the run's communities it takes part in through networks the reader may see. */
export async function visibleCommunities(db: Db, secrets: ReportSecrets, runId: string, partners: string[]): Promise<{ partner: string; communities: number[] }[]> {
  return readQuery<{ partner: string; communities: number[] }>(db.driver, "reports/partner-visible-communities", { runId, partners, hiddenStatuses: secrets.hiddenStatuses }, db.database);
}
