// Organisations that may be one and the same: the candidates the duplicate finder lists (in an
// import report and for the stored graph), and a merge of two partners with its undo. A candidate
// is never merged by itself; a coordinator merges it, and may undo the merge.
import { z } from "zod";
import { id } from "./fields.ts";

/** Why two partners may be one organisation. */
export const DUPLICATE_SIGNALS = ["similar-name", "same-website", "same-enterprise-number"] as const;
export type DuplicateSignal = (typeof DUPLICATE_SIGNALS)[number];

const side = z.object({
  id: z.string(),
  name: z.string(),
  stored: z.boolean().meta({ description: "already in the graph (false: a row of the file being imported)" }),
});

export const duplicateCandidateSchema = z
  .object({
    a: side,
    b: side,
    confidence: z.number().min(0).max(1).meta({ description: "how likely the two are one organisation, 0–1" }),
    signals: z.array(z.enum(DUPLICATE_SIGNALS)),
    reasonNl: z.string(),
    reasonEn: z.string(),
  })
  .meta({ id: "DuplicateCandidate" });
export type DuplicateCandidate = z.output<typeof duplicateCandidateSchema>;

export const duplicateListOut = z.object({ items: z.array(duplicateCandidateSchema), total: z.number().int() }).meta({ id: "DuplicateCandidateList" });

export const duplicateQuerySchema = z.object({
  limit: z.coerce.number({ error: "expected a whole number" }).int("expected a whole number").min(1, "expected at least 1").max(1000, "expected at most 1000").default(100),
  minConfidence: z.coerce.number({ error: "expected a number between 0 and 1" }).min(0, "expected at least 0").max(1, "expected at most 1").default(0),
});
export type DuplicateQuery = z.output<typeof duplicateQuerySchema>;

/** POST /partners/{keep}/merge: the partner that is merged into {keep} and then exists only as its alias. */
export const partnerMergeBodySchema = z
  .object({
    drop: id.describe("the partner merged into the kept one; its id becomes an alias"),
    dryRun: z.boolean().optional().describe("only say what would move"),
  })
  .strict();

export const mergeIdParams = z.object({ mergeId: id.describe("the merge's id, as the merge answered it") });

/** A merge as recorded: who merged which partner into which, when, what moved, and whether it was undone. */
export const partnerMergeOut = z
  .object({
    id: z.string(),
    keep: z.object({ id: z.string(), name: z.string() }),
    drop: z.object({ id: z.string(), name: z.string() }),
    moved: z.object({
      participations: z.array(z.string()).meta({ description: "networks the dropped partner took part in, now the kept partner's" }),
      sharedNetworks: z.array(z.string()).meta({ description: "networks both took part in: the kept partner's participation stays" }),
      aliases: z.array(z.string()).meta({ description: "earlier aliases of the dropped partner, now the kept partner's" }),
    }),
    dryRun: z.boolean(),
    networkNames: z.record(z.string(), z.string()).optional().meta({ description: "dry run: the name of each network that moves or is shared, by id" }),
    by: z.string().optional(),
    at: z.string().optional(),
    undoneBy: z.string().optional(),
    undoneAt: z.string().optional(),
  })
  .meta({ id: "PartnerMerge" });
export type PartnerMergeRecord = z.output<typeof partnerMergeOut>;

/** The merges Diagonal remembers, newest first. */
export const partnerMergeListOut = z.object({ items: z.array(partnerMergeOut) });
