// A project as the API shows it; the same for every role (the public role simply never receives
// planned projects, which the service filters out).
import { projectSchema, type Project } from "../../schemas/index.ts";
import type { ProjectDetail } from "../../services/entities/projects.ts";
import { only } from "./fields.ts";

const FIELDS = Object.keys(projectSchema.shape);

export const presentProject = (p: Project) => only(p, FIELDS);

export function presentProjectDetail(d: ProjectDetail) {
  return {
    ...presentProject(d.project),
    themes: d.themes.map((t) => only(t, ["id", "nameNl", "nameEn", "weight"])),
    partners: d.partners.map((p) => only(p, ["id", "name", "kind", "role"])),
    outcomes: d.outcomes.map((o) => only(o, ["id", "title", "kind", "date"])),
    collaborations: d.collaborations.map((c) => only(c, ["id", "name", "status", "since", "source"])),
  };
}
