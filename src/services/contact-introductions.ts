// Introductions between organisations as served (the contacts route, `diagonal recommend contacts`):
// the contacts model of the graph, chosen on the graph's own history (contact-model.ts), and the
// ranked answer with its reasons. The model is a choice of weighting: it is stored once fitted
// (contact-model-service.ts) and scored on the current graph's index. A fit runs in steps that give
// way to other recommendation calls. A graph too small to split keeps the hand-weighted score, and
// the answer says so.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { contactModelInfo, contactModelSteps, type ContactModel, type ServingContactModel } from "../analysis/recommend/contact-model.ts";
import { rankContactVariants, type VariantCandidate } from "../analysis/recommend/contact-variants.ts";
import { walkVia } from "../analysis/recommend/contact-walk.ts";
import { contactItems, contactScorer, rankContacts, type ContactItem, type ContactScorer } from "../analysis/recommend/contacts.ts";
import type { HistoryIndex } from "../analysis/recommend/history-index.ts";

/** Milliseconds of fitting between two turns of the event loop. */
const STEP_MS = 20;

export interface ServedContacts {
  scorer: ContactScorer;
  model: ServingContactModel;
}

/** The contacts model of a graph (all its networks are the history), fitted in steps that yield to other work. */
export async function fitInSteps(graph: DiagonalGraph): Promise<ContactModel> {
  const steps = contactModelSteps(graph);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > STEP_MS) {
      await nextTurn();
      since = performance.now();
    }
  }
}

/** The model fitted on the graph now, with the scorer of its index (the benchmark's and the unit tests' fit). */
export async function servedContacts(graph: DiagonalGraph, index: HistoryIndex): Promise<ServedContacts & { model: ContactModel }> {
  const model = await fitInSteps(graph);
  return { scorer: contactScorer(index), model };
}

/** Organisation r's introductions, best first, with reasons, and the model that ranked them. */
export function introductions(served: ServedContacts, r: number, limit: number): { items: ContactItem[]; model: ReturnType<typeof contactModelInfo> } {
  const { scorer, model } = served;
  const variant = model.variant;
  if (!variant) return { items: contactItems(scorer, r, rankContacts(scorer, r, limit)), model: contactModelInfo(model) };
  const ranked = rankContactVariants(scorer, r, [variant], limit)[0]!;
  // Ranked high through the walk: higher in the walk's list than in the common partners' list.
  const throughWalk = (c: VariantCandidate) => c.walkRank !== undefined && (c.pathRank === undefined || c.walkRank < c.pathRank);
  const items = contactItems(scorer, r, ranked, (c) => (throughWalk(c) ? walkVia(scorer, r, c.partner).map((v) => v.via) : undefined));
  return { items, model: contactModelInfo(model) };
}
