// An outcome as the API shows it, with its project and themes.
import { outcomeSchema, type Outcome } from "../../schemas/index.ts";
import type { OutcomeDetail } from "../../services/entities/outcomes.ts";
import { only } from "./fields.ts";

const FIELDS = Object.keys(outcomeSchema.shape);

export const presentOutcome = (o: Outcome) => only(o, FIELDS);

export function presentOutcomeDetail(d: OutcomeDetail) {
  return {
    ...presentOutcome(d.outcome),
    projectDetail: only(d.project, ["id", "name", "status"]),
    themeDetails: d.themes.map((t) => only(t, ["id", "nameNl", "nameEn"])),
  };
}
