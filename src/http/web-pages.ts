// The browser side served by the same service: the embeddable maps (/embed/network,
// /embed/project/:id, /embed/theme/:id), the <diagonal-map> web component script, the
// coordinator workspace (/workspace) and their built assets (npm run build:web → dist/web).
// Hashed assets are cached for a year; pages and the component script are revalidated. Only the
// embed pages may be framed, and only by the configured origins (CSP frame-ancestors); without
// any, nothing may frame them. Nothing is loaded from a CDN: every script and style is ours.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import express, { Router, type Request, type RequestHandler } from "express";
import helmet from "helmet";
import { z } from "zod";
import type { ServiceConfig } from "../config/service-env.ts";
import { id } from "../schemas/fields.ts";
import { MAP_LANGS } from "../schemas/maps.ts";
import { HttpProblem, validate } from "./errors.ts";
import { refuseForeignFrames } from "./embed-refusal.ts";

export const DEFAULT_WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

const embedQuery = z.object({
  lang: z.enum(MAP_LANGS, { error: `expected one of: ${MAP_LANGS.join(", ")}` }).optional(),
});

/** Content-Security-Policy of a page: helmet's defaults, with who may frame it. */
function pagePolicy(frameAncestors: string[]): RequestHandler {
  const csp = helmet.contentSecurityPolicy({
    directives: { ...helmet.contentSecurityPolicy.getDefaultDirectives(), "frame-ancestors": frameAncestors.length ? frameAncestors : ["'none'"] },
  });
  return (req, res, next) => {
    // X-Frame-Options cannot name several origins; frame-ancestors decides (and takes precedence).
    if (frameAncestors.length) res.removeHeader("X-Frame-Options");
    else res.setHeader("X-Frame-Options", "DENY");
    csp(req, res, next);
  };
}

export function webPages(config: ServiceConfig): Router {
  const dir = resolve(config.WEB_DIR ?? DEFAULT_WEB_DIR);
  const router = Router();
  const pages = new Map<string, string>();
  const page = (name: string): string => {
    const cached = pages.get(name);
    if (cached) return cached;
    const file = join(dir, name);
    if (!existsSync(file)) throw new HttpProblem("not-found", `the browser code is not built (no ${name} in ${dir}); run npm run build:web`);
    const html = readFileSync(file, "utf8").replace('content="diagonal-refresh"', `content="${config.EMBED_REFRESH_SECONDS}"`);
    pages.set(name, html);
    return html;
  };
  const sendPage = (name: string, dataUrl?: (req: Request) => string): RequestHandler => (req, res) => {
    validate(embedQuery, req.query ?? {}, "query");
    res.setHeader("Cache-Control", "no-cache");
    // The map's data is asked for while the scripts load, not after they ran: the script's first
    // fetch() of the same URL takes this answer.
    const html = page(name);
    res.type("html").send(dataUrl ? html.replace("</head>", `  <link rel="preload" href="${dataUrl(req)}" as="fetch" crossorigin="anonymous" />\n  </head>`) : html);
  };
  const embedOrigins = config.EMBED_ORIGINS.map((o) => new URL(o).origin);

  router.get("/", (_req, res) => res.redirect(302, "/workspace"));
  router.get("/workspace", pagePolicy([]), sendPage("workspace.html"));
  const refused = refuseForeignFrames(embedOrigins);
  router.get("/embed/network", refused, pagePolicy(embedOrigins), sendPage("embed.html", () => "/api/v1/maps/network"));
  for (const [path, api] of [["/embed/project/:id", "projects"], ["/embed/theme/:id", "themes"]] as const) {
    router.get(path, refused, pagePolicy(embedOrigins), (req, _res, next) => {
      validate(z.object({ id }), req.params, "path");
      next();
    }, sendPage("embed.html", (req) => `/api/v1/maps/${api}/${encodeURIComponent(String(req.params.id))}`));
  }
  // Public, static files that other sites' pages load: readable cross-origin.
  const crossOrigin: RequestHandler = (_req, res, next) => {
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    res.setHeader("Access-Control-Allow-Origin", "*");
    next();
  };
  router.get("/diagonal-map.js", crossOrigin, (_req, res, next) => {
    const file = join(dir, "diagonal-map.js");
    if (!existsSync(file)) return next(new HttpProblem("not-found", `the browser code is not built (no diagonal-map.js in ${dir}); run npm run build:web`));
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type("text/javascript").sendFile(file);
  });
  router.use("/assets", crossOrigin, express.static(join(dir, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: true }));
  return router;
}
