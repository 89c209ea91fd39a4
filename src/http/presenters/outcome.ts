// An outcome as the API shows it, with its project and themes. Fields are picked through the
// response schema.
import type { Outcome } from "../../schemas/index.ts";
import { OutcomeDetailOut, OutcomeOut } from "../../schemas/responses.ts";
import type { OutcomeDetail } from "../../services/entities/outcomes.ts";
import { pick } from "./fields.ts";

const { projectDetail, themeDetails } = OutcomeDetailOut.shape;

export const presentOutcome = (o: Outcome) => pick(OutcomeOut, o);

export function presentOutcomeDetail(d: OutcomeDetail) {
  return {
    ...presentOutcome(d.outcome),
    projectDetail: pick(projectDetail, d.project),
    themeDetails: d.themes.map((t) => pick(themeDetails.element, t)),
  };
}
