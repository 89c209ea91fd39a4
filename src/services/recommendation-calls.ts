// What the service asks of its recommender, as one table: the same functions answer in the
// service's own thread (the CLI, `inProcessRecommendations`) and in the recommender's worker
// thread (the HTTP service, off-loop/recommender-thread.ts), so both give the same answers.
import type { Database } from "../db/index.ts";
import {
  contactsForPartner, currentRecommender, networksForNewNetwork, networksForProject, partnersForNewNetwork, partnersForProject, recommenderBuilds, warmContacts,
} from "./recommendation-service.ts";
import { contactModelFits, type ContactFitMode } from "./contact-model-service.ts";

type Db = Pick<Database, "driver" | "database">;

export const RECOMMENDATION_CALLS = {
  partnersForProject: (db: Db, projectId: string, input: unknown) => partnersForProject(db, projectId, input),
  networksForProject: (db: Db, projectId: string, input: unknown) => networksForProject(db, projectId, input),
  partnersForNewNetwork: (db: Db, input: unknown) => partnersForNewNetwork(db, input),
  networksForNewNetwork: (db: Db, input: unknown) => networksForNewNetwork(db, input),
  contactsForPartner: (db: Db, partnerId: string, input: unknown, fit?: ContactFitMode) => contactsForPartner(db, partnerId, input, fit),
  /** Builds the current data version's recommender ahead of the first request; answers the builds so far. */
  warm: async (db: Db) => {
    await currentRecommender(db);
    // The stored contacts model is read; a fit, when due, runs in the background: warming does not wait for it.
    await warmContacts(db);
    return recommenderBuilds(db);
  },
  /** Contacts model fits this thread ran, and whether one is under way (tests check that a small edit does not refit). */
  contactFits: async (db: Db) => contactModelFits(db),
  /** Recommenders built so far (tests check that one was built ahead of the first request). */
  builds: async (db: Db) => recommenderBuilds(db),
};

type Calls = typeof RECOMMENDATION_CALLS;
export type RecommendationCall = keyof Calls;
type Rest<F> = F extends (db: Db, ...args: infer A) => unknown ? A : never;
export type RecommendationArgs<K extends RecommendationCall> = Rest<Calls[K]>;
export type RecommendationAnswer<K extends RecommendationCall> = Awaited<ReturnType<Calls[K]>>;

/** The recommender as the service uses it: each call of the table, without the database. */
export type Recommendations = { [K in RecommendationCall]: (...args: RecommendationArgs<K>) => Promise<RecommendationAnswer<K>> } & {
  /** Ends a worker thread, if there is one. */
  close(): Promise<void>;
};

/** The recommender in this thread. */
export function inProcessRecommendations(db: Db): Recommendations {
  const out = { close: async () => undefined } as Record<string, unknown>;
  for (const [name, call] of Object.entries(RECOMMENDATION_CALLS)) {
    out[name] = (...args: unknown[]) => (call as (db: Db, ...a: unknown[]) => Promise<unknown>)(db, ...args);
  }
  return out as Recommendations;
}
