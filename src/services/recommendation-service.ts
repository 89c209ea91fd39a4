// Partners and networks for one network on demand — one in the graph, or a new one given by its
// themes, description and lead partner. The graph is read once per analysis run (keyed by the
// latest run, re-read after a new run) into in-memory indexes, ranked by the run's rankers (learned
// from the graph's own history and the coordinator's decisions when the run was made); a query then takes milliseconds and writes nothing.
import { buildRecommender, queryForNewNetwork, queryForProject, recommendNetworksFor, recommendPartnersFor, unknownReferences, type Recommender } from "../analysis/recommend/recommend.ts";
import type { Ranker } from "../analysis/recommend/learned-ranker.ts";
import type { Database } from "../db/index.ts";
import { signalWeightsSchema } from "../schemas/analysis.ts";
import { newNetworkSchema, projectRecommendationQuerySchema } from "../schemas/recommendation.ts";
import { listDecisions } from "./analysis/decisions.ts";
import { cachedLatestRun } from "./analysis/read-cache.ts";
import { NotFoundError, parseInput, ValidationError } from "../errors.ts";
import { projectGraph } from "./projection.ts";
import { resolvePartnerId } from "./partner-merges.ts";

type Db = Pick<Database, "driver" | "database">;

/** Seed of the rankers' training sample: fixed, so the same graph gives the same recommendations. */
export const RECOMMENDER_SEED = 1;

const cache = new WeakMap<object, { key: string; recommender: Promise<Recommender> }>();

/** The recommender for the current graph, built at most once per analysis run and database. */
export async function currentRecommender(db: Db): Promise<Recommender> {
  const run = await cachedLatestRun(db);
  const key = run?.id ?? "no-run";
  const held = cache.get(db.driver);
  if (held && held.key === key) return held.recommender;
  const recommender = (async () => {
    const [graph, decisions] = await Promise.all([projectGraph(db), listDecisions(db)]);
    // The latest run's rankers (learned when it ran, or the defaults it chose) and its signal weights;
    // learned here only for a graph without a run that stored them.
    const weights = signalWeightsSchema.safeParse(run?.params.weights);
    return buildRecommender(graph, {
      seed: RECOMMENDER_SEED,
      decisions: decisions.map((d) => ({ a: d.a, b: d.b, accepted: d.decision === "accepted" })),
      ...(run?.rankers ? { rankers: run.rankers } : {}),
      ...(weights.success ? { pool: { weights: weights.data } } : {}),
    });
  })();
  cache.set(db.driver, { key, recommender });
  recommender.catch(() => cache.delete(db.driver));
  return recommender;
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

/** Checks a new network's input (schema, then theme and lead ids against the graph). */
async function newNetworkQuery(db: Db, input: unknown) {
  const n = parseInput(newNetworkSchema, input, "input", "new network");
  // A lead named by an id merged into another partner is that partner.
  if (n.lead) n.lead = await resolvePartnerId(db, n.lead).catch((err: unknown) => (err instanceof NotFoundError ? n.lead : Promise.reject(err)));
  const r = await currentRecommender(db);
  const unknown = unknownReferences(r.index, n);
  if (unknown.length) throw new ValidationError(unknown.join("; "), unknown[0]!.split(":")[0]);
  return { r, q: queryForNewNetwork(r.index, n), limit: n.limit };
}

async function projectQuery(db: Db, projectId: string, input: unknown) {
  const { limit } = parseInput(projectRecommendationQuerySchema, input, "input", "recommendation query");
  const r = await currentRecommender(db);
  const q = queryForProject(r.index, projectId);
  if (!q) throw new NotFoundError("project", projectId);
  return { r, q, limit };
}

export async function partnersForNewNetwork(db: Db, input: unknown) {
  const { r, q, limit } = await newNetworkQuery(db, input);
  return { items: recommendPartnersFor(r, q, limit), ranker: rankerInfo(r.rankers.partners) };
}

export async function networksForNewNetwork(db: Db, input: unknown) {
  const { r, q, limit } = await newNetworkQuery(db, input);
  return { items: recommendNetworksFor(r, q, limit), ranker: rankerInfo(r.rankers.networks) };
}

export async function partnersForProject(db: Db, projectId: string, input: unknown = {}) {
  const { r, q, limit } = await projectQuery(db, projectId, input);
  return { items: recommendPartnersFor(r, q, limit), ranker: rankerInfo(r.rankers.partners) };
}

export async function networksForProject(db: Db, projectId: string, input: unknown = {}) {
  const { r, q, limit } = await projectQuery(db, projectId, input);
  return { items: recommendNetworksFor(r, q, limit), ranker: rankerInfo(r.rankers.networks) };
}
