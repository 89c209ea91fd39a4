// GET /api/v1/maps/events: server-sent events for the embeds. On connection and whenever the
// public maps change (a newly completed analysis run, a suggestion decided), an event `version`
// with {runId, version}; the embed then asks for its map again with If-None-Match. No map data
// and nothing private travels here. A comment every 25 s keeps proxies from closing the stream.
// A plain router, not a declared JSON route: the answer never ends, and it needs no token, so the
// streams are capped per client address and in all, and each is closed after a maximum age
// (stream-limits.ts).
import { Router } from "express";
import { ipKeyGenerator } from "express-rate-limit";
import type { MapVersionWatch } from "../services/map-events.ts";
import type { StreamLimits } from "./stream-limits.ts";

export const MAP_EVENTS_PATH = "/api/v1/maps/events";
const KEEP_ALIVE_MS = 25_000;
/** How long a browser waits before reconnecting after the stream broke. */
const RETRY_MS = 5_000;

export function mapEventsRouter(watch: MapVersionWatch, limits: StreamLimits): Router {
  const router = Router();
  router.get(MAP_EVENTS_PATH, (req, res) => {
    res.locals.route = MAP_EVENTS_PATH;
    // Throws a 429 or 503 problem (with Retry-After) for the error handler when no place is free.
    const release = limits.acquire(ipKeyGenerator(req.ip ?? "unknown"));
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      // nginx and similar proxies would otherwise hold the events back in a buffer.
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const stop = watch.subscribe((event) => res.write(`event: version\ndata: ${JSON.stringify(event)}\n\n`));
    const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    keepAlive.unref();
    const maxAge = setTimeout(() => res.end(), limits.options.maxAgeMs);
    maxAge.unref();
    req.on("close", () => {
      clearInterval(keepAlive);
      clearTimeout(maxAge);
      stop();
      release();
    });
  });
  return router;
}
