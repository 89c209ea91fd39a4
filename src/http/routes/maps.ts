// /api/v1/maps: the public relationship maps the knowledge centre embeds — the whole diagonal
// network, a network's neighbourhood, a theme — with layout, colours and legend computed on the
// server once per analysis run. Always the public role's view, whoever asks. Each answer carries
// a strong ETag of (map, latest complete run, decisions), so an embed polls with If-None-Match and
// gets 304 until a new run completes or a suggestion is decided.
import type { Request, Response } from "express";
import { MapDataOut, type MapView } from "../../schemas/maps.ts";
import { mapEtag, mapVersion, relationshipMap } from "../../services/relationship-maps.ts";
import type { Db } from "../../services/entities/store.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";

const tag = "maps";
const caching = "Answers carry an ETag; send it back in If-None-Match to get 304 Not Modified until a new analysis run completes or a suggestion is decided. Planned networks, decided suggestions, notes and enterprise numbers are never included.";

async function answer(db: Db, req: Request, res: Response, view: MapView, subject?: string) {
  const version = await mapVersion(db);
  const etag = mapEtag(view, subject, version);
  res.setHeader("ETag", etag);
  res.setHeader("Cache-Control", "no-cache");
  const validators = (req.headers["if-none-match"] ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (validators.includes(etag) || validators.includes("*")) {
    // Express's own check (req.fresh) gives up when the request says Cache-Control: no-cache, and
    // fetch() adds that to every request with If-None-Match; but that header asks exactly for
    // this revalidation, so the map's own comparison decides, and res.send answers 304 unbuilt.
    Object.defineProperty(req, "fresh", { value: true });
    // res.send answers 304 and drops the body: the map is not built.
    return undefined;
  }
  return relationshipMap(db, view, subject, version);
}

export const mapRoutes = [
  defineRoute({
    operationId: "networkMap", method: "get", path: "/api/v1/maps/network", role: "public", tag,
    summary: "The whole diagonal network: networks coloured by named community, collaborations and suggested links",
    description: caching,
    response: MapDataOut,
    handle: async (_input, { db, req, res }) => answer(db, req, res, "network"),
  }),
  defineRoute({
    operationId: "projectMap", method: "get", path: "/api/v1/maps/projects/{id}", role: "public", tag,
    summary: "A network's neighbourhood: its themes, partners, outcomes, collaborations and current suggestions (with reasons)",
    description: caching,
    params: idParams,
    response: MapDataOut,
    handle: async ({ params }, { db, req, res }) => answer(db, req, res, "project", params.id),
  }),
  defineRoute({
    operationId: "themeMap", method: "get", path: "/api/v1/maps/themes/{id}", role: "public", tag,
    summary: "A theme: every network on it, and the collaborations and suggestions between them",
    description: caching,
    params: idParams,
    response: MapDataOut,
    handle: async ({ params }, { db, req, res }) => answer(db, req, res, "theme", params.id),
  }),
];
