// /api/v1/partners: the organisations in the networks. Reads are public (without enterprise
// numbers for the public role); writes are for coordinators.
import { entityChangeSchema, partnerFilterSchema, partnerSchema } from "../../schemas/index.ts";
import { createPartner, deletePartner, getPartner, listPartners, updatePartner } from "../../services/entities/partners.ts";
import { resolvePartnerId } from "../../services/partner-merges.ts";
import { presentPartner, presentPartnerDetail } from "../presenters/partner.ts";
import { PartnerDetailOut, PartnerOut, PartnerPageOut } from "../../schemas/responses.ts";
import { defineRoute } from "../route.ts";
import { idParams, named } from "./params.ts";

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
    params: idParams,
    response: PartnerDetailOut,
    handle: async ({ params }, { db, role, visibility }) => presentPartnerDetail(await getPartner(db, await resolvePartnerId(db, params.id), visibility), role),
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
    params: idParams,
    body: entityChangeSchema(partnerSchema, "partner", { sector: "kringloop en hergebruik", size: "medium", website: "https://kringloop.example.org" }),
    response: PartnerOut,
    handle: async ({ params, body }, { db, role, req }) => presentPartner(await updatePartner(db, params.id, named(body, req.body)), role),
  }),
  defineRoute({
    operationId: "deletePartner", method: "delete", path: "/api/v1/partners/{id}", role: "coordinator", tag, rateLimit: "write", status: 204,
    summary: "Delete a partner and its participations",
    params: idParams,
    handle: async ({ params }, { db }) => deletePartner(db, params.id),
  }),
];
