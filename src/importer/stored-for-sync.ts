// What a sync compares the file with: every stored id (or id pair) of the entities the file
// covers. One read transaction per entity; ids only, so even CORDIS size (145k participations)
// is a few megabytes.
import type { Database } from "../db/connect.ts";
import { readQuery } from "../db/index.ts";
import type { EntityName } from "../schemas/index.ts";
import type { StoredForSync } from "./plan-sync.ts";

const QUERY: Record<EntityName, string> = {
  themes: "sync/stored-themes",
  projects: "sync/stored-projects",
  partners: "sync/stored-partners",
  outcomes: "sync/stored-outcomes",
  projectThemes: "sync/stored-project-themes",
  participations: "sync/stored-participations",
  collaborations: "sync/stored-collaborations",
};

export async function lookupForSync(db: Database, covered: ReadonlySet<EntityName>): Promise<StoredForSync> {
  const out: StoredForSync = {};
  const ids = async (e: "themes" | "projects" | "partners" | "outcomes") =>
    (await readQuery<{ id: string }>(db.driver, QUERY[e], {}, db.database)).map((r) => r.id);
  for (const e of covered) {
    if (e === "themes" || e === "projects" || e === "partners" || e === "outcomes") out[e] = await ids(e);
    else if (e === "projectThemes") out.projectThemes = await readQuery(db.driver, QUERY[e], {}, db.database);
    else if (e === "participations") out.participations = await readQuery(db.driver, QUERY[e], {}, db.database);
    else out.collaborations = await readQuery(db.driver, QUERY[e], {}, db.database);
  }
  return out;
}

/** Outcomes of the projects a sync removes (they cannot outlive their project). */
export async function outcomesOfProjects(db: Database, projects: string[]): Promise<string[]> {
  if (projects.length === 0) return [];
  return (await readQuery<{ id: string }>(db.driver, "sync/outcomes-of-projects", { ids: projects }, db.database)).map((r) => r.id);
}
