// "Learn from": past networks (completed, stopped, or past their end date — network-periods.ts)
// that a running network can learn from. A past network is relevant when it is among the running
// network's scored candidates (themes, partners, text, outcomes) and it either produced outcomes or
// shares partners with it; the reason names those outcomes and partners, and the period it ran.
// Only each running network's `perProject` best past candidates are kept, read from its
// neighbour list (strongest first), so the cost is linear in the candidate pairs.
import type { DiagonalGraph, OutcomeNode, ProjectNode } from "../graph.ts";
import { nodeKey } from "../graph.ts";
import { periodOf, timeline } from "../network-periods.ts";
import type { ProjectProfiles } from "../profiles.ts";
import { listOf, themePhrase } from "../reasons.ts";
import { neighbourIndex, type NeighbourIndex, type PairScores } from "../similarity.ts";
import { sharedPartners } from "../signals/partner-overlap.ts";
import { sharedThemes } from "../signals/theme-overlap.ts";
import type { Opportunity } from "../types.ts";

export const LEARN_FROM_DEFAULTS = {
  /** Past networks named per running network. */
  perProject: 3,
  /** Outcomes and partners named in one reason. */
  outcomesExplained: 3,
  partnersExplained: 3,
};

const round = (x: number) => Math.round(x * 1e6) / 1e6;
/** "2009–2011", "2009–", "–2011" or "" from a period. */
export const periodLabel = (p: { start?: string; end?: string }) => (p.start || p.end ? `${p.start?.slice(0, 4) ?? ""}–${p.end?.slice(0, 4) ?? ""}` : "");

export function learnFromPastNetworks(
  graph: DiagonalGraph,
  profiles: ProjectProfiles,
  pairs: PairScores,
  now: string,
  options: Partial<typeof LEARN_FROM_DEFAULTS> = {},
  neighbourLists?: NeighbourIndex,
): Opportunity[] {
  const o = { ...LEARN_FROM_DEFAULTS, ...options };
  const ids = profiles.projectIds;
  const n = ids.length;
  const nodes = ids.map((id) => graph.getNodeAttributes(nodeKey("project", id)) as ProjectNode);
  const { running } = timeline(nodes, now);
  const index = neighbourLists ?? neighbourIndex(pairs, n);
  const out: Opportunity[] = [];
  for (let r = 0; r < n; r++) {
    if (!running[r]) continue;
    let kept = 0;
    for (let e = index.offsets[r]!; e < index.offsets[r + 1]! && kept < o.perProject; e++) {
      const p = index.other[e]!;
      const i = index.pair[e]!;
      if (running[p] || pairs.score[i]! <= 0) continue;
      const outcomes = profiles.projectOutcomes[p]!.map((id) => graph.getNodeAttributes(nodeKey("outcome", id)) as OutcomeNode);
      const partners = sharedPartners(profiles, r, p);
      if (!outcomes.length && !partners.length) continue;
      kept++;
      const themes = sharedThemes(profiles, r, p).map((t) => profiles.themeNames[t]!);
      const period = periodLabel(periodOf(nodes[p]!));
      const titles = outcomes.slice(0, o.outcomesExplained).map((x) => `"${x.title}"`);
      const named = partners.slice(0, o.partnersExplained).map((x) => profiles.partnerNames[x]!);
      const nl = [`${nodes[r]!.name} kan leren van ${nodes[p]!.name}${period ? ` (${period}, afgelopen)` : " (afgelopen)"}`];
      const en = [`${nodes[r]!.name} can learn from ${nodes[p]!.name}${period ? ` (${period}, ended)` : " (ended)"}`];
      if (titles.length) {
        nl.push(`resultaten: ${listOf(titles, "en")}`);
        en.push(`outcomes: ${listOf(titles, "and")}`);
      }
      if (named.length) {
        nl.push(`${named.length > 1 ? "gedeelde partners" : "gedeelde partner"}: ${named.join(", ")}`);
        en.push(`${named.length > 1 ? "shared partners" : "shared partner"}: ${named.join(", ")}`);
      }
      if (themes.length) {
        const t = themePhrase(themes);
        nl.push(`zelfde thema: ${t.nl}`);
        en.push(`same theme: ${t.en}`);
      }
      out.push({
        kind: "learn-from",
        key: `learn-from:${ids[r]}:${ids[p]}`,
        score: round(pairs.score[i]!),
        subjects: [
          { type: "project", id: ids[r]! },
          { type: "project", id: ids[p]! },
        ],
        reasons: { nl, en },
        details: { running: ids[r], past: ids[p], period, outcomes: outcomes.map((x) => x.id), sharedPartners: partners.map((x) => profiles.partnerIds[x]) },
      });
    }
  }
  return out.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1));
}
