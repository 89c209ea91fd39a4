// Which contacts model answers, without making anyone wait for a fit. The latest fit is stored in
// Neo4j (db/contact-model-store.ts) and read once per data version; its variant is scored on the
// current graph at once. A fit runs in the background, in steps (contact-introductions.ts), only
// when no model is stored or when the graph's history has changed by CONTACT_REFIT_CHANGE or more
// since the stored fit (contact-refit.ts), and never two at once per database; when it ends it is
// stored and answers the next requests. Until a first model is stored, the hand-weighted score
// answers, and says that the model is being fitted.
//   serve   (the service's recommender thread): never waits;
//   stored  (`diagonal recommend contacts`): the stored model; fits, stores and waits when none is;
//   refit   (`--refit`): fits, stores and waits.
import type { Driver } from "neo4j-driver";
import type { DiagonalGraph } from "../analysis/graph.ts";
import type { ServingContactModel } from "../analysis/recommend/contact-model.ts";
import { contactHistorySize, contactRefitDue, type ContactHistorySize } from "../analysis/recommend/contact-refit.ts";
import { CONTACT_VARIANTS, variantName } from "../analysis/recommend/contact-variants.ts";
import { contactScorer, type ContactScorer } from "../analysis/recommend/contacts.ts";
import type { HistoryIndex } from "../analysis/recommend/history-index.ts";
import { latestContactModel, storeContactModel, type StoredContactModel } from "../db/contact-model-store.ts";
import { CONTACT_MODEL_BEING_FITTED } from "../schemas/recommendation.ts";
import { fitInSteps, type ServedContacts } from "./contact-introductions.ts";
import type { Database } from "../db/connect.ts";
import { fitContactModelInChild } from "./off-loop/contact-fit-process.ts";

type Db = { driver: Driver; database?: string | undefined };

export const CONTACT_FIT_MODES = ["serve", "stored", "refit"] as const;
export type ContactFitMode = (typeof CONTACT_FIT_MODES)[number];

/** Per database: the fit under way (at most one), and how many this process ran. */
interface FitState {
  fitting?: Promise<StoredContactModel>;
  fits: number;
}
const states = new WeakMap<object, Map<string, FitState>>();
function stateOf(db: Db): FitState {
  let byDb = states.get(db.driver);
  if (!byDb) states.set(db.driver, (byDb = new Map()));
  let s = byDb.get(db.database ?? "");
  if (!s) byDb.set(db.database ?? "", (s = { fits: 0 }));
  return s;
}

/** Fits this process ran and stored for the database, and whether one is under way (tests check them). */
export const contactModelFits = (db: Db): { fits: number; fitting: boolean } => ({ fits: stateOf(db).fits, fitting: stateOf(db).fitting !== undefined });

/** One data version's contacts: its graph, the stored model read once, and the scorer of its index built once. */
export interface VersionContacts {
  graph: DiagonalGraph;
  size: ContactHistorySize;
  stored: Promise<StoredContactModel | undefined>;
  scorer: () => ContactScorer;
}

export function versionContacts(db: Db, graph: DiagonalGraph, index: HistoryIndex): VersionContacts {
  let scorer: ContactScorer | undefined;
  const stored = latestContactModel(db);
  stored.catch(() => undefined);
  return { graph, size: contactHistorySize(graph), stored, scorer: () => (scorer ??= contactScorer(index)) };
}

const byName = new Map(CONTACT_VARIANTS.map((v) => [variantName(v), v]));

/** A stored fit as the answers' model. */
export const servingModel = (m: StoredContactModel): ServingContactModel => ({
  ...(m.variant !== null ? { variant: byName.get(m.variant)! } : {}),
  ...(m.reason !== null ? { reason: m.reason } : {}),
  ...(m.innerCutoff !== null ? { innerCutoff: m.innerCutoff } : {}),
  queries: m.queries,
  fittedAt: m.fittedAt,
});

/**
 * Fits the graph's model in steps and stores it; a fit already under way for the database is joined
 * instead. Every version that asked for the fit answers with it once it is stored.
 */
function fitAndStore(db: Db, c: VersionContacts, inBackground = false): Promise<StoredContactModel> {
  const s = stateOf(db);
  const joined = (s.fitting ??= fitGraph(db, s, c, inBackground));
  return joined.then((stored) => {
    c.stored = Promise.resolve(stored);
    return stored;
  });
}

/** Fits a graph's model (in steps that yield to other work) and stores it with the graph's size. */
export async function fitAndStoreGraph(db: Db, graph: DiagonalGraph, size = contactHistorySize(graph)): Promise<StoredContactModel> {
  const m = await fitInSteps(graph);
  return storeContactModel(db, {
    variant: m.variant ? variantName(m.variant) : null, reason: m.reason ?? null, innerCutoff: m.innerCutoff ?? null,
    queries: m.queries, ...size, seconds: m.seconds,
  });
}

function fitGraph(db: Db, s: FitState, c: VersionContacts, inBackground: boolean): Promise<StoredContactModel> {
  return (async () => {
    // The service's background fit: in a child process at the lowest CPU priority, which reads the
    // graph itself, so that a fit (about 35 s of a core on a whole EU programme) never competes with
    // requests, map layouts or Neo4j. A caller that waits for the fit (the CLI) fits in its own process.
    const config = (db as { config?: Database["config"] }).config;
    const stored = inBackground && config ? await fitContactModelInChild({ ...db, config }) : await fitAndStoreGraph(db, c.graph, c.size);
    s.fits++;
    return stored;
  })().finally(() => {
    s.fitting = undefined;
  });
}

/** The model that answers now for this data version (see the modes above), with the scorer of the current graph. */
export async function contactsToServe(db: Db, c: VersionContacts, mode: ContactFitMode): Promise<ServedContacts> {
  const latest = await c.stored.catch((err: unknown) => {
    // Read again on the next request of this version.
    c.stored = latestContactModel(db);
    c.stored.catch(() => undefined);
    throw err;
  });
  // A variant this version does not know (the family changed since the fit) counts as none stored.
  let model = latest && (latest.variant === null || byName.has(latest.variant)) ? latest : undefined;
  if (mode === "refit" || (mode === "stored" && !model)) model = await fitAndStore(db, c);
  else if (mode === "serve" && (!model || contactRefitDue(model, c.size))) {
    // In the background: this answer and the next ones use what is stored until the fit ends.
    fitAndStore(db, c, true).catch((err: unknown) => console.error(`contacts model fit failed: ${(err as Error).message}`));
  }
  return { scorer: c.scorer(), model: model ? servingModel(model) : { reason: CONTACT_MODEL_BEING_FITTED, queries: 0 } };
}
