// When a stored contacts model is fitted again. A model is a choice of weighting (contact-model.ts);
// it is scored on the current graph whatever its age, and chosen again only when the history it was
// chosen on has changed enough to matter: when the graph's dated networks or its participations
// differ by at least CONTACT_REFIT_CHANGE (relative, declared with the answer's schema) from those at the stored fit. A small edit —
// a partner renamed, a network added to a programme of thousands — keeps the stored choice.
import { CONTACT_REFIT_CHANGE } from "../../schemas/recommendation.ts";
import type { DiagonalGraph } from "../graph.ts";

export { CONTACT_REFIT_CHANGE };

/** What the refit rule compares: the history the model is chosen on. */
export interface ContactHistorySize {
  /** Networks with a start date (the inner split orders them). */
  datedNetworks: number;
  /** Partner–network participations. */
  participations: number;
}

export function contactHistorySize(graph: DiagonalGraph): ContactHistorySize {
  let datedNetworks = 0;
  let participations = 0;
  graph.forEachNode((_, a) => {
    if (a.type === "project" && a.start) datedNetworks++;
  });
  graph.forEachEdge((_, a) => {
    if (a.type === "PARTICIPATES_IN") participations++;
  });
  return { datedNetworks, participations };
}

const changed = (was: number, now: number) => (was === 0 ? now !== 0 : Math.abs(now - was) / was >= CONTACT_REFIT_CHANGE);

/** True when the graph's history differs by CONTACT_REFIT_CHANGE or more from the one the model was fitted on. */
export const contactRefitDue = (fitted: ContactHistorySize, now: ContactHistorySize): boolean =>
  changed(fitted.datedNetworks, now.datedNetworks) || changed(fitted.participations, now.participations);
