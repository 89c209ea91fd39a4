// Learning networks (projects): list, read with neighbours, create, update, delete. Shared by the
// HTTP API and the CLI; input arrives validated by projectSchema.
import { z } from "zod";
import { readQuery, writeQuery } from "../db/index.ts";
import { PROJECT_STATUSES, projectSchema, type Project } from "../schemas/index.ts";
import { id } from "../schemas/fields.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { creating, filterText, hiddenStatuses, pageParams, pageQuerySchema, storedProps, type Db, type Page, type Visibility } from "./entity-store.ts";

export const PROJECT_SORTS = ["name", "start", "end", "status", "id"] as const;

export const projectFilterSchema = pageQuerySchema.extend({
  sort: z.enum(PROJECT_SORTS, { error: `expected one of: ${PROJECT_SORTS.join(", ")}` }).default("name"),
  q: filterText,
  status: z.enum(PROJECT_STATUSES, { error: `expected one of: ${PROJECT_STATUSES.join(", ")}` }).optional(),
  theme: id.optional(),
  partner: id.optional(),
  region: filterText,
});
export type ProjectFilter = z.output<typeof projectFilterSchema>;

export interface ProjectDetail {
  project: Project;
  themes: { id: string; nameNl: string; nameEn: string; weight: number }[];
  partners: { id: string; name: string; kind: string; role: string }[];
  outcomes: { id: string; title: string; kind: string; date?: string }[];
  collaborations: { id: string; name: string; status: string; since?: string; source?: string }[];
}

const PROJECT_FIELDS = Object.keys(projectSchema.shape);

export async function listProjects(db: Db, filter: ProjectFilter, visibility: Visibility = "all"): Promise<Page<Project>> {
  const { q, status, theme, partner, region } = filter;
  const [row] = await readQuery<{ total: number; items: Project[] }>(
    db.driver,
    "entities/project-list",
    { ...pageParams(filter, filter.sort), q: q ?? null, status: status ?? null, theme: theme ?? null, partner: partner ?? null, region: region ?? null, hiddenStatuses: hiddenStatuses(visibility) },
    db.database,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, limit: filter.limit, offset: filter.offset };
}

export async function getProject(db: Db, projectId: string, visibility: Visibility = "all"): Promise<ProjectDetail> {
  const [row] = await readQuery<ProjectDetail>(db.driver, "entities/project-get", { id: projectId, hiddenStatuses: hiddenStatuses(visibility) }, db.database);
  if (!row) throw new NotFoundError("project", projectId);
  return row;
}

export async function createProject(db: Db, project: Project): Promise<Project> {
  return creating("project", project.id, async () => {
    const [row] = await writeQuery<{ project: Project }>(db.driver, "entities/project-create", { props: storedProps(project) }, db.database);
    return row!.project;
  });
}

/** Applies a partial change: the stored project and the change are merged, then validated whole. */
export async function updateProject(db: Db, projectId: string, change: Record<string, unknown>): Promise<Project> {
  if (change.id !== undefined && change.id !== projectId) throw new ValidationError("expected the id not to change", "id", change.id);
  const { project } = await getProject(db, projectId);
  const merged = projectSchema.parse({ ...pick(project, PROJECT_FIELDS), ...change, id: projectId });
  const [row] = await writeQuery<{ project: Project }>(db.driver, "entities/project-update", { id: projectId, props: storedProps(merged) }, db.database);
  if (!row) throw new NotFoundError("project", projectId);
  return row.project;
}

export async function deleteProject(db: Db, projectId: string): Promise<void> {
  const [row] = await writeQuery<{ deleted: number }>(db.driver, "entities/project-delete", { id: projectId }, db.database);
  if (!row?.deleted) throw new NotFoundError("project", projectId);
}

export function pick(o: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));
}
