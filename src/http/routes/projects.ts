// /api/v1/projects: the learning networks. Reads are public (planned projects hidden from the
// public role); writes are for coordinators.
import { entityChangeSchema, projectFilterSchema, projectSchema } from "../../schemas/index.ts";
import { createProject, deleteProject, getProject, listProjects, updateProject } from "../../services/entities/projects.ts";
import { presentProject, presentProjectDetail } from "../presenters/project.ts";
import { ProjectDetailOut, ProjectOut, ProjectPageOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams, named } from "./params.ts";

const tag = "projects";

export const projectRoutes = [
  defineRoute({
    operationId: "listProjects", method: "get", path: "/api/v1/projects", role: "public", tag,
    summary: "List projects, filtered and paged",
    query: projectFilterSchema,
    response: ProjectPageOut,
    handle: async ({ query }, { db, visibility }) => {
      const page = await listProjects(db, query, visibility);
      return { ...page, items: page.items.map(presentProject) };
    },
  }),
  defineRoute({
    operationId: "getProject", method: "get", path: "/api/v1/projects/{id}", role: "public", tag,
    summary: "One project with its themes, partners, outcomes and collaborations",
    params: idParams,
    response: ProjectDetailOut,
    handle: async ({ params }, { db, visibility }) => presentProjectDetail(await getProject(db, params.id, visibility)),
  }),
  defineRoute({
    operationId: "createProject", method: "post", path: "/api/v1/projects", role: "coordinator", tag, rateLimit: "write", status: 201,
    summary: "Create a project",
    body: projectSchema.strict(),
    response: ProjectOut,
    handle: async ({ body }, { db }) => presentProject(await createProject(db, body)),
  }),
  defineRoute({
    operationId: "updateProject", method: "patch", path: "/api/v1/projects/{id}", role: "coordinator", tag, rateLimit: "write",
    summary: "Change some fields of a project (null clears an optional field)",
    params: idParams,
    body: entityChangeSchema(projectSchema, "project", { name: "Talent in kmo's", status: "completed", end: "2011-06" }),
    response: ProjectOut,
    handle: async ({ params, body }, { db, req }) => presentProject(await updateProject(db, params.id, named(body, req.body))),
  }),
  defineRoute({
    operationId: "deleteProject", method: "delete", path: "/api/v1/projects/{id}", role: "coordinator", tag, rateLimit: "write", status: 204,
    summary: "Delete a project and the outcomes it produced",
    params: idParams,
    handle: async ({ params }, { db }) => deleteProject(db, params.id),
  }),
];
