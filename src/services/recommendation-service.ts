// Partners and networks for one network on demand — one in the graph, or a new one given by its
// themes, description and leads. The graph is read once per data version (an import, an entity
// change, a decision or a run makes a new one, so a project added since the last run is found)
// into in-memory indexes, ranked by the latest run's rankers (learned from the graph's own history
// and the coordinator's decisions when the run was made); a query then takes milliseconds and
// writes nothing. A new network is ranked as the same network stored as a project would be
// (analysis/recommend/described-network.ts): the two routes agree.
import {
  buildRecommender, queryForProject, recommendNetworksFor, recommendPartnersFor,
  type NetworkRecommendationItem, type PartnerRecommendationItem, type Recommender, type RecommenderOptions,
} from "../analysis/recommend/recommend.ts";
import { DESCRIBED_NETWORK_ID, resolveNetwork, withNetworkInGraph } from "../analysis/recommend/described-network.ts";
import type { TextTerms } from "../analysis/recommend/history-index.ts";
import { textTerms } from "../analysis/recommend/history-index.ts";
import type { Ranker } from "../analysis/recommend/learned-ranker.ts";
import type { DiagonalGraph } from "../analysis/graph.ts";
import { today } from "../analysis/network-periods.ts";
import type { Database } from "../db/index.ts";
import { signalWeightsSchema } from "../schemas/analysis.ts";
import { contactQuerySchema, newNetworkSchema, projectRecommendationQuerySchema } from "../schemas/recommendation.ts";
import { introductions } from "./contact-introductions.ts";
import { contactsToServe, versionContacts, type ContactFitMode, type VersionContacts } from "./contact-model-service.ts";
import { listDecisions } from "./analysis/decisions.ts";
import { cachedLatestRun } from "./analysis/read-cache.ts";
import { currentDataVersion } from "./data-version.ts";
import { NotFoundError, parseInput } from "../errors.ts";
import { projectGraph } from "./projection.ts";
import { partnerAliases } from "./partner-aliases.ts";

type Db = Pick<Database, "driver" | "database">;

/** Seed of the rankers' training sample: fixed, so the same graph gives the same recommendations. */
export const RECOMMENDER_SEED = 1;

/** What one data version's recommendations are built from, kept to rank described networks too. */
interface Held {
  graph: DiagonalGraph;
  recommender: Recommender;
  options: RecommenderOptions;
  aliases: Map<string, string>;
  /** Introductions between organisations: the stored model read for this version, and the current graph's scorer (on first use or warm-up). */
  contacts?: VersionContacts;
}

const cache = new WeakMap<object, { key: string; held: Promise<Held> }>();
/** Recommenders built per driver (tests check that the service builds one ahead of the first request). */
const builds = new WeakMap<object, number>();
export const recommenderBuilds = (db: Db): number => builds.get(db.driver) ?? 0;

/** The recommender for the current graph, built at most once per data version and database. */
async function current(db: Db): Promise<Held> {
  const [version, run] = await Promise.all([currentDataVersion(db), cachedLatestRun(db)]);
  const key = `${version.token}|${run?.id ?? "no-run"}`;
  const cached = cache.get(db.driver);
  if (cached && cached.key === key) return cached.held;
  builds.set(db.driver, recommenderBuilds(db) + 1);
  const held = (async (): Promise<Held> => {
    const [graph, decisions, aliases] = await Promise.all([projectGraph(db), listDecisions(db), partnerAliases(db)]);
    // The latest run's rankers (learned when it ran, or the defaults it chose) and its signal weights;
    // learned here only for a graph without a run that stored them.
    const weights = signalWeightsSchema.safeParse(run?.params.weights);
    // A project's index terms depend on its text only: kept for this graph's builds (never the described network's).
    const terms = new Map<string, TextTerms>();
    const options: RecommenderOptions = {
      seed: RECOMMENDER_SEED,
      decisions: decisions.map((d) => ({ a: d.a, b: d.b, accepted: d.decision === "accepted" })),
      ...(run?.rankers ? { rankers: run.rankers } : {}),
      ...(weights.success ? { pool: { weights: weights.data } } : {}),
      termsOf: (p, text) => {
        if (p.id === DESCRIBED_NETWORK_ID) return textTerms(text());
        let t = terms.get(p.id);
        if (!t) terms.set(p.id, (t = textTerms(text())));
        return t;
      },
    };
    const recommender = buildRecommender(graph, options);
    // Described networks are ranked with the same rankers, learned once.
    options.rankers = recommender.rankers;
    return { graph, recommender, options, aliases };
  })();
  cache.set(db.driver, { key, held });
  held.catch(() => cache.delete(db.driver));
  return held;
}

/** The recommender for the current graph (tests and benchmarks read its index and rankers). */
export async function currentRecommender(db: Db): Promise<Recommender> {
  return (await current(db)).recommender;
}

export const rankerInfo = (r: Ranker) => ({ source: r.source, ...(r.reason ? { reason: r.reason } : {}), weights: r.model.weights });

/** "learned weights: themeShare +1.42, popularity +0.65, …" or "default weights (why): …": what recommendations rank by. */
export function describeRanker(r: Ranker): string {
  const weights = Object.entries(r.model.weights)
    .filter(([, w]) => Math.abs(w) >= 0.005)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
    .map(([f, w]) => `${f} ${w >= 0 ? "+" : ""}${w.toFixed(2)}`)
    .join(", ");
  return r.source === "learned" ? `learned weights: ${weights}` : `default weights (${r.reason ?? "defaults"}): ${weights}`;
}

type Options = { limit: number; now?: string | undefined; networks: "running" | "all" };
type Answer<T> = (r: Recommender, projectId: string, q: Options) => T;

const partnersAnswer: Answer<{ items: PartnerRecommendationItem[]; ranker: ReturnType<typeof rankerInfo> }> = (r, projectId, q) => ({
  items: recommendPartnersFor(r, queryForProject(r.index, projectId)!, q.limit),
  ranker: rankerInfo(r.rankers.partners),
});
const networksAnswer: Answer<{ items: NetworkRecommendationItem[]; ranker: ReturnType<typeof rankerInfo> }> = (r, projectId, q) => ({
  items: recommendNetworksFor(r, queryForProject(r.index, projectId)!, q.limit, { now: q.now ?? today(), networks: q.networks }),
  ranker: rankerInfo(r.rankers.networks),
});

/** A new network: resolved against the graph (unknown themes and partners become warnings), then ranked as if stored. */
async function forNewNetwork<T extends object>(db: Db, input: unknown, answer: Answer<T>): Promise<T & { warnings?: string[] }> {
  const n = parseInput(newNetworkSchema, input, "input", "new network");
  const held = await current(db);
  // A lead named by an id merged into another partner (by a coordinator or on import) is that
  // partner: resolved through the aliases read with this graph, and named in the warnings.
  const leads = [...(n.lead !== undefined ? [n.lead] : []), ...(n.leads ?? [])];
  const resolved = resolveNetwork(held.graph, { ...(n.name !== undefined ? { name: n.name } : {}), description: n.description, themes: n.themes, leads }, held.aliases);
  const out = withNetworkInGraph(held.graph, resolved, (id) => answer(buildRecommender(held.graph, held.options), id, n));
  return { ...out, ...(resolved.warnings.length ? { warnings: resolved.warnings } : {}) };
}

async function forProject<T>(db: Db, projectId: string, input: unknown, answer: Answer<T>): Promise<T> {
  const q = parseInput(projectRecommendationQuerySchema, input, "input", "recommendation query");
  const { recommender } = await current(db);
  if (!recommender.index.projectIndex.has(projectId)) throw new NotFoundError("project", projectId);
  return answer(recommender, projectId, q);
}

/**
 * Organisations in other networks that this one should meet, best first, with reasons (ids merged
 * away resolve through their alias). `fit`: whether the answer may wait for a fit of the contacts
 * model (contact-model-service.ts); the service never does.
 */
export async function contactsForPartner(db: Db, partnerId: string, input: unknown = {}, fit: ContactFitMode = "serve") {
  const { limit } = parseInput(contactQuerySchema, input, "input", "contacts query");
  const held = await current(db);
  const index = held.recommender.index;
  const id = index.partnerIndex.has(partnerId) ? partnerId : held.aliases.get(partnerId);
  const r = id === undefined ? undefined : index.partnerIndex.get(id);
  if (r === undefined) throw new NotFoundError("partner", partnerId);
  const { items, model } = introductions(await contactsToServe(db, contactsOf(db, held), fit), r, limit);
  return { partnerId: id!, items, model };
}

const contactsOf = (db: Db, held: Held): VersionContacts => (held.contacts ??= versionContacts(db, held.graph, held.recommender.index));

/** Reads the stored contacts model for the current version and starts a fit in the background when one is due. */
export async function warmContacts(db: Db): Promise<void> {
  await contactsToServe(db, contactsOf(db, await current(db)), "serve").catch(() => undefined);
}

export const partnersForNewNetwork = (db: Db, input: unknown) => forNewNetwork(db, input, partnersAnswer);
export const networksForNewNetwork = (db: Db, input: unknown) => forNewNetwork(db, input, networksAnswer);
export const partnersForProject = (db: Db, projectId: string, input: unknown = {}) => forProject(db, projectId, input, partnersAnswer);
export const networksForProject = (db: Db, projectId: string, input: unknown = {}) => forProject(db, projectId, input, networksAnswer);
