// A project as the API shows it; the same for every role (the public role simply never receives
// planned projects, which the service filters out). Fields are picked through the response schema.
import type { Project } from "../../schemas/index.ts";
import { ProjectDetailOut, ProjectOut } from "../../schemas/responses.ts";
import type { ProjectDetail } from "../../services/entities/projects.ts";
import { pick } from "./fields.ts";

const { themes, partners, outcomes, collaborations } = ProjectDetailOut.shape;

export const presentProject = (p: Project) => pick(ProjectOut, p);

export function presentProjectDetail(d: ProjectDetail) {
  return {
    ...presentProject(d.project),
    themes: d.themes.map((t) => pick(themes.element, t)),
    partners: d.partners.map((p) => pick(partners.element, p)),
    outcomes: d.outcomes.map((o) => pick(outcomes.element, o)),
    collaborations: d.collaborations.map((c) => pick(collaborations.element, c)),
  };
}
