// Human names for communities: each community is named after its most characteristic themes,
// those whose share among the community's networks most exceeds their share in the whole graph.
// The score of a theme t in community c is the pointwise contribution to the Kullback–Leibler
// divergence of the community's theme distribution from the graph's: p_c(t) · log(p_c(t) / p(t)).
// Names follow the community labels, which align-communities.ts keeps stable across runs.
import type { DiagonalGraph } from "./graph.ts";
import { nodeKey } from "./graph.ts";

export const COMMUNITY_NAME_DEFAULTS = {
  /** Themes named in a community's name. */
  themesInName: 2,
  /** Characteristic themes listed per community. */
  themesListed: 5,
};

export interface CharacteristicTheme {
  id: string;
  nameNl: string;
  nameEn: string;
  /** Networks of the community that address the theme. */
  networks: number;
  score: number;
}

export interface CommunityName {
  community: number;
  size: number;
  nameNl: string;
  nameEn: string;
  themes: CharacteristicTheme[];
}

/** Joins words naturally: "a", "a en b", "a, b en c" (Dutch) or "a and b" (English). */
export function joinNatural(words: readonly string[], lang: "nl" | "en"): string {
  const and = lang === "nl" ? " en " : " and ";
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")}${and}${words[words.length - 1]}`;
}

export function nameCommunities(
  graph: DiagonalGraph,
  membership: ReadonlyArray<{ projectId: string; community: number }>,
  options: Partial<typeof COMMUNITY_NAME_DEFAULTS> = {},
): CommunityName[] {
  const { themesInName, themesListed } = { ...COMMUNITY_NAME_DEFAULTS, ...options };
  const total = membership.length;
  const sizes = new Map<number, number>();
  const themeCount = new Map<string, number>();
  const perCommunity = new Map<number, Map<string, number>>();
  for (const { projectId, community } of membership) {
    sizes.set(community, (sizes.get(community) ?? 0) + 1);
    const key = nodeKey("project", projectId);
    if (!graph.hasNode(key)) continue;
    let counts = perCommunity.get(community);
    if (!counts) perCommunity.set(community, (counts = new Map()));
    graph.forEachOutNeighbor(key, (theme, attrs) => {
      if (attrs.type !== "theme") return;
      themeCount.set(theme, (themeCount.get(theme) ?? 0) + 1);
      counts!.set(theme, (counts!.get(theme) ?? 0) + 1);
    });
  }
  const names: CommunityName[] = [];
  for (const [community, size] of [...sizes].sort((x, y) => x[0] - y[0])) {
    const themes: CharacteristicTheme[] = [];
    for (const [theme, n] of perCommunity.get(community) ?? []) {
      const pc = n / size;
      const p = themeCount.get(theme)! / total;
      const attrs = graph.getNodeAttributes(theme);
      if (attrs.type !== "theme") continue;
      themes.push({ id: attrs.id, nameNl: attrs.nameNl, nameEn: attrs.nameEn, networks: n, score: pc * Math.log(pc / p) + pc * 1e-6 });
    }
    themes.sort((x, y) => y.score - x.score || y.networks - x.networks || (x.id < y.id ? -1 : 1));
    const top = themes.slice(0, themesInName);
    names.push({
      community,
      size,
      nameNl: top.length ? capitalise(joinNatural(top.map((t) => inSentence(t.nameNl)), "nl")) : `Gemeenschap ${community}`,
      nameEn: top.length ? capitalise(joinNatural(top.map((t) => inSentence(t.nameEn)), "en")) : `Community ${community}`,
      themes: themes.slice(0, themesListed),
    });
  }
  return names;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A theme name inside a sentence: its first word in lower case unless it is an acronym ("KMO's"); the rest as written ("NGOs"). */
export function inSentence(name: string): string {
  return /^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
