// Broker partners: organisations that connect clusters of networks and can carry knowledge between
// them. Exact betweenness (Brandes 2001) on the partner–project graph costs O(V·E) — hours at
// CORDIS size — so brokers are ranked by Guimerà & Amaral's participation coefficient over the
// communities of the networks a partner is in, P = 1 − Σ_c (k_c / k)², which is high exactly for
// nodes whose links spread over many communities (the nodes betweenness would single out as bridges).
// Ties go to the partner in more communities, then more networks, then the smaller id.
import type { ProjectProfiles } from "../profiles.ts";
import type { Opportunity } from "../types.ts";

export const BROKER_DEFAULTS = {
  /** Brokers reported. */
  limit: 50,
  /** A broker works with networks of at least this many communities. */
  minCommunities: 2,
};

export function brokerPartners(profiles: ProjectProfiles, labels: Int32Array, options: Partial<typeof BROKER_DEFAULTS> = {}): Opportunity[] {
  const { limit, minCommunities } = { ...BROKER_DEFAULTS, ...options };
  const found: { r: number; score: number; communities: number; networks: number; spread: [number, number][] }[] = [];
  profiles.partnerProjects.forEach((projects, r) => {
    if (projects.length < 2) return;
    const perCommunity = new Map<number, number>();
    for (const p of projects) perCommunity.set(labels[p]!, (perCommunity.get(labels[p]!) ?? 0) + 1);
    if (perCommunity.size < minCommunities) return;
    let sumSq = 0;
    for (const k of perCommunity.values()) sumSq += (k / projects.length) ** 2;
    const spread = [...perCommunity].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    found.push({ r, score: 1 - sumSq, communities: perCommunity.size, networks: projects.length, spread });
  });
  found.sort((x, y) => y.score - x.score || y.communities - x.communities || y.networks - x.networks || x.r - y.r);
  return found.slice(0, limit).map((b) => {
    const id = profiles.partnerIds[b.r]!;
    const name = profiles.partnerNames[b.r]!;
    return {
      kind: "broker",
      key: `broker:${id}`,
      score: Math.round(b.score * 1e6) / 1e6,
      subjects: [{ type: "partner", id }],
      reasons: {
        nl: [`${name} is actief in ${b.networks} netwerken uit ${b.communities} clusters`, "kan kennis en contacten tussen die clusters overbrengen"],
        en: [`${name} is active in ${b.networks} networks across ${b.communities} clusters`, "can carry knowledge and contacts between those clusters"],
      },
      details: { networks: b.networks, communityCount: b.communities, communities: b.spread.slice(0, 10).map(([community, networks]) => ({ community, networks })), participationCoefficient: b.score },
    };
  });
}
