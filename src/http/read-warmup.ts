// What the service reads ahead so that nobody's first request waits for it: the network view's
// degree order (services/degree-order.ts), the graph view index the network, project and theme
// views answer from (services/view-index.ts), the public maps an embed shows first
// (embed-precompute.ts) and the recommender's indexes (services/recommendation-service.ts); at
// start also the lists' first pages, once per visibility, so that Neo4j has planned their queries
// and holds their index pages before the first caller asks.
// `start()` builds them in the background when the service starts; from then on the degree order
// and the graph view index are read again after every change of the data version, and the maps and the recommender after
// every completed run (in this process or another). Each build is keyed by the data version, as
// every cache is: a request never gets an answer built from older data than its version; a
// request that comes before a build is done is answered the way it was before (the network view
// by its live query; the recommender and the maps share the build under way).
import type { Logger } from "pino";
import type { Database } from "../db/index.ts";
import { currentDataVersion, dataVersionSettled, onDataVersion } from "../services/data-version.ts";
import { degreeOrder } from "../services/degree-order.ts";
import type { Recommendations } from "../services/recommendation-calls.ts";
import { viewIndex } from "../services/view-index.ts";
import { listOutcomes } from "../services/entities/outcomes.ts";
import { listPartners } from "../services/entities/partners.ts";
import { listProjects } from "../services/entities/projects.ts";
import { listThemes } from "../services/entities/themes.ts";
import { outcomeFilterSchema, partnerFilterSchema, projectFilterSchema, themeFilterSchema } from "../schemas/index.ts";

export interface ReadWarmup {
  /** Builds everything now, in the background, and keeps it current from then on. */
  start(): void;
  /** Resolves when no build is under way (tests and the benchmark wait for it). */
  idle(): Promise<void>;
  stop(): void;
}

interface WarmupDeps {
  db: Database;
  logger: Logger;
  embedMaps: { warm(): Promise<void>; idle(): Promise<void> };
  recommendations: Pick<Recommendations, "warm">;
}

export function readWarmup({ db, logger, embedMaps, recommendations }: WarmupDeps): ReadWarmup {
  let stopListening: (() => void) | undefined;
  // One build after the other: the service's own requests keep the rest of the machine.
  let running: Promise<void> = Promise.resolve();
  const queue = (what: string, work: () => Promise<unknown>) => {
    running = running.then(async () => {
      const started = performance.now();
      await work();
      logger.info({ ms: Math.round(performance.now() - started) }, `${what} built ahead`);
    }).catch((err: unknown) => logger.warn({ err }, `building the ${what} ahead failed; it is built at the first request`));
  };
  // The graph view index numbers its nodes by the degree order: queued after it.
  const order = (token: string) => {
    queue("degree order", () => degreeOrder(db, token));
    queue("graph view index", async () => {
      const { stats } = await viewIndex(db, token);
      logger.info(stats, "graph view index");
    });
  };
  const recommender = () => queue("recommender", () => recommendations.warm());
  return {
    start() {
      if (stopListening) return;
      stopListening = onDataVersion(db, (version, _previous, runChanged) => {
        order(version.token);
        if (runChanged) recommender();
      });
      queue("read ahead", async () => {
        const version = await currentDataVersion(db);
        order(version.token);
        // The maps use the degree order: queued after it.
        queue("embed maps", () => embedMaps.warm());
        queue("list plans", () => firstPages(db));
        recommender();
      });
    },
    async idle() {
      // A version read under way may announce a change (and queue builds); a build may queue the next.
      await dataVersionSettled(db);
      let seen: Promise<void> | undefined;
      while (seen !== running) {
        seen = running;
        await running;
      }
      await embedMaps.idle();
    },
    stop() {
      stopListening?.();
      stopListening = undefined;
    },
  };
}

/** The first page of every list, for each visibility (answers dropped: the point is Neo4j's plans and pages). */
async function firstPages(db: Database): Promise<void> {
  for (const visibility of ["public", "all"] as const) {
    await listPartners(db, partnerFilterSchema.parse({}), visibility);
    await listProjects(db, projectFilterSchema.parse({}), visibility);
    await listOutcomes(db, outcomeFilterSchema.parse({}), visibility);
    await listThemes(db, themeFilterSchema.parse({}), visibility);
  }
}
