// When a run completes, the public maps an embed shows first — the whole network and the busiest
// themes' maps — are built into the response cache at once, one after the other, so the first
// visitor after a run is not the one who waits for the layout. The service also builds them at
// start (read-warmup.ts). A run completed by another process
// is noticed at the next read of the data version (at most a second after any request).
// The maps start from the network and theme views: they wait for the graph view index of the
// version (read ahead after every change, in its worker thread), so that those views come from
// memory and not from Neo4j, whose large answer would be decoded in the service's thread.
import type { Logger } from "pino";
import type { Database } from "../db/index.ts";
import { currentDataVersion, dataVersionSettled, onDataVersion } from "../services/data-version.ts";
import { viewIndex } from "../services/view-index.ts";
import { embedThemes } from "../services/relationship-maps.ts";
import { cachedAnswer } from "./response-cache.ts";
import type { AnyRoute, AppServices, RouteContext } from "./route.ts";

/** Theme maps built ahead after each run, besides the network map. */
export const PRECOMPUTED_THEME_MAPS = 20;

export function precomputeEmbedMaps({ db, services, routes, logger }: { db: Database; services: AppServices; routes: AnyRoute[]; logger: Logger }) {
  const byId = new Map(routes.map((r) => [r.operationId, r]));
  const network = byId.get("networkMap"), theme = byId.get("themeMap");
  let running: Promise<void> = Promise.resolve();
  // The maps are the public role's, whoever asks: built with the public visibility they are served under.
  const ctx = { db, role: "public", visibility: "public", services } as unknown as RouteContext;
  const build = async () => {
    const started = performance.now();
    // Shared with the read-ahead's build (or started here); a failed build leaves the views to Neo4j.
    await viewIndex(db, (await currentDataVersion(db)).token).catch((err: unknown) => logger.warn({ err }, "embed maps: no graph view index; the views ask Neo4j"));
    if (network?.cache) await cachedAnswer(network, { params: {}, query: {}, body: undefined, files: [] }, ctx);
    const themes = theme?.cache ? await embedThemes(db, PRECOMPUTED_THEME_MAPS) : [];
    for (const id of themes) await cachedAnswer(theme!, { params: { id }, query: {}, body: undefined, files: [] }, ctx);
    logger.info({ maps: (network ? 1 : 0) + themes.length, ms: Math.round(performance.now() - started) }, "embed maps built for the new run");
  };
  const queue = () => {
    running = running.then(build).catch((err: unknown) => logger.warn({ err }, "building the embed maps ahead failed; they are built at the first request"));
    return running;
  };
  const stop = onDataVersion(db, (_version, _previous, runChanged) => {
    if (runChanged) void queue();
  });
  // Idle once the version read under way (which may announce a new run) is done, then the builds it started.
  const idle = async () => {
    await dataVersionSettled(db);
    await running;
  };
  // warm(): the same builds now (the service's start: the maps of the run it finds).
  return { idle, stop, warm: queue };
}
