// /api/v1/partners: the organisations in the networks. Reads are public (without enterprise
// numbers for the public role); writes are for coordinators.
import { entityChangeSchema, partnerFilterSchema, partnerSchema } from "../../schemas/index.ts";
import { createPartner, deletePartner, getPartner, listPartners, updatePartner } from "../../services/entities/partners.ts";
import { presentPartner, presentPartnerDetail } from "../presenters/partner.ts";
import { PartnerDetailOut, PartnerOut, PartnerPageOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams, named } from "./params.ts";
import { MERGED_ID_NOTE, partnerInPath } from "./partner-path.ts";

const tag = "partners";

export const partnerRoutes = [
  defineRoute({
    operationId: "listPartners", method: "get", path: "/api/v1/partners", role: "public", tag,
    summary: "List partners, filtered and paged",
    query: partnerFilterSchema,
    response: PartnerPageOut,
    handle: async ({ query }, { db, role, visibility }) => {
      const page = await listPartners(db, query, visibility);
      return { ...page, items: page.items.map((p) => presentPartner(p, role)) };
    },
  }),
  defineRoute({
    operationId: "getPartner", method: "get", path: "/api/v1/partners/{id}", role: "public", tag,
    summary: "One partner with the projects it takes part in (an id merged into another partner answers with that partner)",
    description: MERGED_ID_NOTE,
    params: idParams,
    response: PartnerDetailOut,
    handle: async ({ params }, { db, role, visibility, res }) => presentPartnerDetail(await getPartner(db, await partnerInPath(db, params.id, res), visibility), role),
  }),
  defineRoute({
    operationId: "createPartner", method: "post", path: "/api/v1/partners", role: "coordinator", tag, rateLimit: "write", status: 201,
    summary: "Create a partner (refused when the same organisation exists under another id)",
    body: partnerSchema.strict(),
    response: PartnerOut,
    handle: async ({ body }, { db, role }) => presentPartner(await createPartner(db, body), role),
  }),
  defineRoute({
    operationId: "updatePartner", method: "patch", path: "/api/v1/partners/{id}", role: "coordinator", tag, rateLimit: "write",
    summary: "Change some fields of a partner",
    description: MERGED_ID_NOTE,
    params: idParams,
    body: entityChangeSchema(partnerSchema, "partner", { sector: "kringloop en hergebruik", size: "medium", website: "https://kringloop.example.org" }),
    response: PartnerOut,
    handle: async ({ params, body }, { db, role, req, res }) => {
      const kept = await partnerInPath(db, params.id, res);
      const change = named(body, req.body);
      // A body that repeats the path's id (an alias) names the same partner.
      return presentPartner(await updatePartner(db, kept, change.id === params.id ? { ...change, id: kept } : change), role);
    },
  }),
  defineRoute({
    operationId: "deletePartner", method: "delete", path: "/api/v1/partners/{id}", role: "coordinator", tag, rateLimit: "write", status: 204,
    summary: "Delete a partner and its participations",
    description: MERGED_ID_NOTE,
    params: idParams,
    handle: async ({ params }, { db, res }) => deletePartner(db, await partnerInPath(db, params.id, res)),
  }),
];
