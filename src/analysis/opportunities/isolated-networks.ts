// Isolated or weakly linked networks: projects whose strongest similarity to any other network is
// weak, that share no partner with any other network, or that form a community on their own. They
// miss the exchange the umbrella network exists for, so the coordinator should reach out to them.
// Score = 1 − strongest similarity (0..1 when weights sum to ≤ 1; clamped).
import type { ProjectProfiles } from "../profiles.ts";
import type { PairScores } from "../similarity.ts";
import type { Opportunity } from "../types.ts";

export const ISOLATED_DEFAULTS = {
  limit: 50,
  /** A network whose best similarity is below this is weakly linked. */
  weakBelow: 0.2,
};

export function isolatedNetworks(profiles: ProjectProfiles, pairs: PairScores, labels: Int32Array, options: Partial<typeof ISOLATED_DEFAULTS> = {}): Opportunity[] {
  const { limit, weakBelow } = { ...ISOLATED_DEFAULTS, ...options };
  const n = profiles.projectIds.length;
  const best = new Float64Array(n);
  for (let i = 0; i < pairs.score.length; i++) {
    const s = pairs.score[i]!;
    if (s > best[pairs.a[i]!]!) best[pairs.a[i]!] = s;
    if (s > best[pairs.b[i]!]!) best[pairs.b[i]!] = s;
  }
  const communitySize = new Map<number, number>();
  for (const c of labels) communitySize.set(c, (communitySize.get(c) ?? 0) + 1);
  const found: { p: number; score: number; weak: boolean; noSharedPartner: boolean; alone: boolean }[] = [];
  for (let p = 0; p < n; p++) {
    const weak = best[p]! < weakBelow;
    const noSharedPartner = !Array.from(profiles.projectPartners[p]!).some((r) => profiles.partnerProjects[r]!.length > 1);
    const alone = communitySize.get(labels[p]!) === 1;
    if (!weak && !noSharedPartner && !alone) continue;
    found.push({ p, score: Math.max(0, Math.min(1, 1 - best[p]!)), weak, noSharedPartner, alone });
  }
  found.sort((x, y) => y.score - x.score || x.p - y.p);
  return found.slice(0, limit).map((f) => {
    const id = profiles.projectIds[f.p]!;
    const nl: string[] = [];
    const en: string[] = [];
    if (f.alone) {
      nl.push("Dit netwerk vormt een cluster op zich");
      en.push("This network forms a cluster of its own");
    }
    if (f.noSharedPartner) {
      nl.push("het deelt geen enkele partner met een ander netwerk");
      en.push("it shares no partner with any other network");
    }
    if (f.weak) {
      nl.push("het lijkt weinig op andere netwerken (thema's, partners, teksten)");
      en.push("it resembles other networks little (themes, partners, texts)");
    }
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    return {
      kind: "isolated",
      key: `isolated:${id}`,
      score: Math.round(f.score * 1e6) / 1e6,
      subjects: [{ type: "project", id }],
      reasons: { nl: nl.map((s, i) => (i ? s : cap(s))), en: en.map((s, i) => (i ? s : cap(s))) },
      details: { strongestSimilarity: Math.round(best[f.p]! * 1e6) / 1e6, community: labels[f.p], alone: f.alone, sharesNoPartner: f.noSharedPartner, weak: f.weak },
    };
  });
}
