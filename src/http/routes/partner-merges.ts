// /api/v1/partners/duplicates and merges: organisations stored twice under two ids, listed with a
// confidence and reasons; a coordinator merges one into the other (the dropped id becomes an
// alias) and may undo the merge. Every merge and undo is audited with who and when.
import { duplicateListOut, duplicateQuerySchema, mergeIdParams, partnerMergeBodySchema, partnerMergeListOut, partnerMergeOut } from "../../schemas/partner-duplicates.ts";
import { listMerges, mergePartner, storedDuplicates, unmergePartner } from "../../services/partner-merges.ts";
import { audit } from "../audit.ts";
import { defineRoute } from "../route.ts";
import { idParams } from "./params.ts";

const tag = "partners";
const by = (req: { caller?: { tokenName?: string } }) => req.caller?.tokenName ?? "api";

export const partnerMergeRoutes = [
  defineRoute({
    operationId: "listDuplicatePartners", method: "get", cache: true, path: "/api/v1/partners/duplicates", role: "coordinator", tag,
    summary: "Stored partners that may be one organisation: similar names, one website domain, one enterprise number in two spellings",
    description: "Each candidate has a confidence (0–1) and its reasons in Dutch and English. Nothing is merged until a coordinator merges it. Computed over every stored partner (no pair loop) and cached per data version.",
    query: duplicateQuerySchema,
    response: duplicateListOut,
    handle: async ({ query }, { db }) => storedDuplicates(db, query),
  }),
  defineRoute({
    operationId: "listPartnerMerges", method: "get", path: "/api/v1/partners/merges", role: "coordinator", tag,
    summary: "The latest partner merges, newest first, with who merged and whether it was undone",
    response: partnerMergeListOut,
    handle: async (_input, { db }) => ({ items: await listMerges(db) }),
  }),
  defineRoute({
    operationId: "mergePartner", method: "post", path: "/api/v1/partners/{id}/merge", role: "coordinator", tag, rateLimit: "write",
    summary: "Merge partner `drop` into this one: its networks and aliases follow, its id becomes an alias (dryRun: only say what would move)",
    params: idParams,
    body: partnerMergeBodySchema,
    response: partnerMergeOut,
    errors: ["conflict"],
    handle: async ({ params, body }, { db, req }) => {
      const merge = await mergePartner(db, params.id, body.drop, { dryRun: body.dryRun, by: by(req) });
      if (!merge.dryRun) audit(req, "partner.merge", { mergeId: merge.id, keep: merge.keep.id, drop: merge.drop.id, moved: merge.moved.participations.length });
      return merge;
    },
  }),
  defineRoute({
    operationId: "undoPartnerMerge", method: "post", path: "/api/v1/partners/merges/{mergeId}/undo", role: "coordinator", tag, rateLimit: "write",
    summary: "Undo a partner merge: the dropped partner comes back with its own networks, exactly as before",
    params: mergeIdParams,
    response: partnerMergeOut,
    errors: ["conflict"],
    handle: async ({ params }, { db, req }) => {
      const merge = await unmergePartner(db, params.mergeId, { by: by(req) });
      audit(req, "partner.unmerge", { mergeId: merge.id, keep: merge.keep.id, drop: merge.drop.id });
      return merge;
    },
  }),
];
