// Quality measures on generated data with planted structure: how well communities recover the
// hidden groups (NMI), how often planted complementary pairs are in each other's top suggestions,
// and how many held-out partner participations the recommendations bring back (recall@k) compared
// with the common-neighbours baseline. Shared by the quality tests and `npm run quality`.
import type { GroundTruth } from "../generator/generate.ts";
import { commonNeighbourPartners } from "./common-neighbours.ts";
import type { ProjectProfiles } from "../analysis/profiles.ts";
import { recommendPartners } from "../analysis/opportunities/partner-recommendations.ts";
import type { PairScores } from "../analysis/similarity.ts";
import type { AnalysisResult } from "../analysis/types.ts";
import { nmi } from "./nmi.ts";

export function communityNmi(result: AnalysisResult, truth: GroundTruth): number {
  return nmi(
    result.communities.map((c) => c.community),
    result.communities.map((c) => truth.groupOf[c.projectId] ?? -1),
  );
}

/** Share of planted complementary pairs where each project is in the other's top k suggestions. */
export function complementaryTopKRate(result: AnalysisResult, truth: GroundTruth, k = 5): number {
  const ranked = new Map<string, string[]>();
  // result.suggestions is sorted by score, so each project's list comes out in rank order.
  for (const s of result.suggestions) {
    (ranked.get(s.a) ?? ranked.set(s.a, []).get(s.a)!).push(s.b);
    (ranked.get(s.b) ?? ranked.set(s.b, []).get(s.b)!).push(s.a);
  }
  const hits = truth.complementaryPairs.filter(([a, b]) => ranked.get(a)?.slice(0, k).includes(b) && ranked.get(b)?.slice(0, k).includes(a));
  return truth.complementaryPairs.length ? hits.length / truth.complementaryPairs.length : 0;
}

/** Recall@k of held-out participations for the recommendations and for the common-neighbours baseline. */
export function heldOutRecall(profiles: ProjectProfiles, pairs: PairScores, labels: Int32Array, heldOut: NonNullable<GroundTruth["heldOut"]>, k = 10) {
  const projects = [...new Set(heldOut.map((h) => profiles.projectIndex.get(h.project)!))].sort((x, y) => x - y);
  const recommended = recommendPartners(profiles, pairs, labels, k, projects);
  const partnerIndex = new Map(profiles.partnerIds.map((id, i) => [id, i]));
  let ours = 0;
  let baseline = 0;
  const baselineCache = new Map<number, number[]>();
  for (const h of heldOut) {
    const p = profiles.projectIndex.get(h.project)!;
    const r = partnerIndex.get(h.partner);
    if (r === undefined) continue;
    if (recommended[p]!.some((x) => x.partner === r)) ours++;
    const base = baselineCache.get(p) ?? baselineCache.set(p, commonNeighbourPartners(profiles, p, k)).get(p)!;
    if (base.includes(r)) baseline++;
  }
  return { recall: ours / heldOut.length, baselineRecall: baseline / heldOut.length, heldOut: heldOut.length };
}
