// Baselines the analysis is measured against. Common neighbours for partner recommendation
// (Liben-Nowell & Kleinberg 2007, on the bipartite graph): a partner r scores for network P by the
// number of paths P – r' – Q – r, i.e. how often r works in a network together with one of P's
// partners. It ignores themes and text, and favours organisations that are everywhere.
import type { ProjectProfiles } from "../analysis/profiles.ts";

export function commonNeighbourPartners(profiles: ProjectProfiles, p: number, k: number): number[] {
  const own = new Set(profiles.projectPartners[p]!);
  const score = new Map<number, number>();
  for (const r of own) {
    for (const q of profiles.partnerProjects[r]!) {
      if (q === p) continue;
      for (const r2 of profiles.projectPartners[q]!) if (!own.has(r2)) score.set(r2, (score.get(r2) ?? 0) + 1);
    }
  }
  return [...score].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k).map(([r]) => r);
}
