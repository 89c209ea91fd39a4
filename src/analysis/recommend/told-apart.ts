// Near-tied partner recommendations often read the same ("active in 2 networks on talent
// development"); a coordinator then cannot see why one comes before the other. Items whose reasons
// are identical get one more reason naming what differs between them — kind, region, number of
// networks — and, when nothing differs, a note that they are interchangeable (grouped).
import type { HistoryIndex } from "./history-index.ts";
import type { PartnerRecommendationItem } from "./recommend.ts";
import { PARTNER_KIND_WORDS } from "../../vocabulary.ts";

const keyOf = (r: { nl: string[] }) => r.nl.join("\u0000");

export function toldApart(index: HistoryIndex, items: PartnerRecommendationItem[]): PartnerRecommendationItem[] {
  const groups = new Map<string, PartnerRecommendationItem[]>();
  for (const item of items) {
    const k = keyOf(item.reasons);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const facts = group.map((item) => {
      const r = index.partnerIndex.get(item.partnerId)!;
      return { kind: item.kind, region: index.partnerRegions[r] ?? "", networks: index.partnerProjects[r]!.length };
    });
    const differs = (f: keyof (typeof facts)[number]) => new Set(facts.map((x) => x[f])).size > 1;
    const [kind, region, networks] = [differs("kind"), differs("region"), differs("networks")];
    group.forEach((item, i) => {
      const x = facts[i]!;
      const nl: string[] = [];
      const en: string[] = [];
      if (kind) {
        nl.push(PARTNER_KIND_WORDS[x.kind]?.[0] ?? x.kind);
        en.push(PARTNER_KIND_WORDS[x.kind]?.[1] ?? x.kind);
      }
      if (region && x.region) {
        nl.push(`uit ${x.region}`);
        en.push(`based in ${x.region}`);
      }
      if (networks) {
        nl.push(`in ${x.networks} ${x.networks === 1 ? "netwerk" : "netwerken"} in totaal`);
        en.push(`in ${x.networks} ${x.networks === 1 ? "network" : "networks"} in all`);
      }
      if (nl.length) {
        item.reasons.nl.push(`verschilt van gelijkaardige kandidaten: ${nl.join(", ")}`);
        item.reasons.en.push(`differs from similar candidates: ${en.join(", ")}`);
      } else {
        item.reasons.nl.push(`evenwaardig aan ${group.length - 1} andere ${group.length === 2 ? "kandidaat" : "kandidaten"} met dezelfde redenen`);
        item.reasons.en.push(`on a par with ${group.length - 1} other ${group.length === 2 ? "candidate" : "candidates"} with the same reasons`);
      }
    });
  }
  return items;
}
