// Who a report is for, and what it must therefore keep to itself. Letters, theme reports and the
// digest leave the office: by default they never name a planned network (not announced yet), nor
// a partner or an outcome that only a planned network brings, nor a finding computed from one.
// The coordinator may ask for an internal version (`--internal`, `internal=true`), which names
// everything and is marked "intern / internal". The rule of what is hidden is the one the public
// maps and entity lists use (entities/store.ts hiddenStatuses: the public role does not see
// planned networks); this module only extends it to what hangs on a hidden network.
import { readQuery } from "../../db/index.ts";
import { hiddenStatuses, type Db } from "../entities/store.ts";

export interface ReportSecrets {
  /** The internal version: nothing is hidden. */
  internal: boolean;
  /** The statuses of networks the reader may not see, for the queries' $hiddenStatuses. */
  hiddenStatuses: string[];
  projects: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Hidden networks, and the partners and outcomes only they bring, for the report's reader. */
export async function reportSecrets(db: Db, internal: boolean): Promise<ReportSecrets> {
  const statuses = hiddenStatuses(internal ? "all" : "public");
  if (statuses.length === 0) return { internal, hiddenStatuses: statuses, projects: NONE, partners: NONE, outcomes: NONE };
  const [projects, [around]] = await Promise.all([
    readQuery<{ id: string }>(db.driver, "reports/hidden-projects", { hiddenStatuses: statuses }, db.database),
    readQuery<{ partners: string[]; outcomes: string[] }>(db.driver, "reports/hidden-neighbours", { hiddenStatuses: statuses }, db.database),
  ]);
  return {
    internal,
    hiddenStatuses: statuses,
    projects: new Set(projects.map((r) => r.id)),
    partners: new Set(around?.partners ?? []),
    outcomes: new Set(around?.outcomes ?? []),
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
