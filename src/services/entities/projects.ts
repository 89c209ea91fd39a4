// Learning networks (projects): list, read with neighbours, create, update, delete. Shared by the
// HTTP API and the CLI; input arrives validated by projectSchema.
import { writeQuery } from "../../db/index.ts";
import { projectSchema, type Project, type ProjectFilter } from "../../schemas/index.ts";
import { NotFoundError } from "../../errors.ts";
import { creating, entityCrud, orNull, storedProps, type Db } from "./store.ts";
import { dataChanged } from "../data-version.ts";
import type { ProjectDetailJson } from "../../schemas/responses.ts";


export interface ProjectDetail {
  project: Project;
  themes: ProjectDetailJson["themes"];
  partners: ProjectDetailJson["partners"];
  outcomes: ProjectDetailJson["outcomes"];
  collaborations: ProjectDetailJson["collaborations"];
}

const crud = entityCrud<Project, ProjectDetail, ProjectFilter>("project", projectSchema, ({ q, status, theme, partner, region }) => orNull({ q, status, theme, partner, region }));

export const listProjects = crud.list;
export const getProject = crud.get;
export const deleteProject = crud.remove;

export async function createProject(db: Db, project: Project): Promise<Project> {
  return creating("project", project.id, async () => {
    const [row] = await writeQuery<{ project: Project }>(db.driver, "entities/project-create", { props: storedProps(project) }, db.database);
    await dataChanged(db, "entity");
    return row!.project;
  });
}

/** Applies a partial change: the stored project and the change are merged, then validated whole. */
export async function updateProject(db: Db, projectId: string, change: Record<string, unknown>): Promise<Project> {
  const merged = await crud.merged(db, projectId, change);
  const [row] = await writeQuery<{ project: Project }>(db.driver, "entities/project-update", { id: projectId, props: storedProps(merged) }, db.database);
  if (!row) throw new NotFoundError("project", projectId);
  await dataChanged(db, "entity");
  return row.project;
}
