// /api/v1/maps: the public relationship maps the knowledge centre embeds — the whole diagonal
// network, a network's neighbourhood, a theme — with layout, colours and legend computed on the
// server once per analysis run. Always the public role's view, whoever asks. Each answer carries
// a strong ETag of its bytes, cached per data version (../response-cache.ts), so an embed polls with
// If-None-Match and gets 304 until a new run completes, a suggestion is decided or the data changes.
import { MapDataOut, type MapView } from "../../schemas/maps.ts";
import { mapVersion, relationshipMap } from "../../services/relationship-maps.ts";
import type { Db } from "../../services/entities/store.ts";
import type { AppServices } from "../route.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";

const tag = "maps";
const caching = "Answers carry an ETag; send it back in If-None-Match to get 304 Not Modified until a new analysis run completes or a suggestion is decided. Planned networks, decided suggestions, notes and enterprise numbers are never included. Open suggestions are included only when the operator sets PUBLIC_SUGGESTIONS=on (attributes.suggestions says which); otherwise the map shows confirmed collaborations only.";

/** The map at the current data version (the route's cache adds the ETag and answers 304). */
async function answer(db: Db, services: AppServices, view: MapView, subject?: string) {
  return relationshipMap(db, view, subject, await mapVersion(db), { suggestions: services.publicSuggestions === true });
}

export const mapRoutes = [
  defineRoute({
    operationId: "networkMap", method: "get", path: "/api/v1/maps/network", role: "public", tag, cache: true,
    summary: "The whole diagonal network: networks coloured by named community, confirmed collaborations (and suggested links where published)",
    description: caching,
    response: MapDataOut,
    handle: async (_input, { db, services }) => answer(db, services, "network"),
  }),
  defineRoute({
    operationId: "projectMap", method: "get", path: "/api/v1/maps/projects/{id}", role: "public", tag, cache: true,
    summary: "A network's neighbourhood: its themes, partners, outcomes and collaborations (and current suggestions with reasons where published)",
    description: caching,
    params: idParams,
    response: MapDataOut,
    handle: async ({ params }, { db, services }) => answer(db, services, "project", params.id),
  }),
  defineRoute({
    operationId: "themeMap", method: "get", path: "/api/v1/maps/themes/{id}", role: "public", tag, cache: true,
    summary: "A theme: every network on it, and the collaborations between them (and suggestions where published)",
    description: caching,
    params: idParams,
    response: MapDataOut,
    handle: async ({ params }, { db, services }) => answer(db, services, "theme", params.id),
  }),
];
