// Theme gaps: themes of the call that few networks address, that no outcome is about yet, or that
// no network combines with another theme. Each is a gap the programme (or a new call) could fill.
// Score = 0.5·(few networks: 1 − networks/(threshold + 1)) + 0.3·(no outcomes) + 0.2·(no links).
import { themePhrase } from "../reasons.ts";
import type { ProjectProfiles } from "../profiles.ts";
import type { Opportunity } from "../types.ts";

export const THEME_GAP_DEFAULTS = {
  limit: 50,
  /** "Few networks": at most this share of the median theme's network count (and at most this many networks). */
  fewShareOfMedian: 0.25,
  fewAtMost: 3,
  /** Score parts (they add up to 1): few networks (scaled by how few), no outcomes, never combined with another theme. */
  weightFew: 0.5,
  weightNoOutcomes: 0.3,
  weightNoLinks: 0.2,
};

export function themeGaps(profiles: ProjectProfiles, options: Partial<typeof THEME_GAP_DEFAULTS> = {}): Opportunity[] {
  const { limit, fewShareOfMedian, fewAtMost, weightFew, weightNoOutcomes, weightNoLinks } = { ...THEME_GAP_DEFAULTS, ...options };
  const counts = profiles.themeProjects.map((ps) => ps.length);
  const sorted = [...counts].sort((x, y) => x - y);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
  const threshold = Math.max(fewAtMost, Math.floor(median * fewShareOfMedian));
  // Themes combined with others on one project.
  const linked = new Uint8Array(profiles.themeIds.length);
  for (const list of profiles.projectThemes) if (list.length > 1) for (const t of list) linked[t.theme] = 1;

  const found = profiles.themeIds.map((id, t) => {
    const networks = counts[t]!;
    const few = networks <= threshold;
    const noOutcomes = profiles.themeOutcomeCount[t] === 0;
    const noLinks = networks > 0 && linked[t] === 0;
    const score = (few ? weightFew * (1 - networks / (threshold + 1)) : 0) + (noOutcomes ? weightNoOutcomes : 0) + (noLinks ? weightNoLinks : 0);
    return { t, id, networks, few, noOutcomes, noLinks, score };
  });
  return found
    .filter((f) => f.few || f.noOutcomes || f.noLinks)
    .sort((x, y) => y.score - x.score || x.networks - y.networks || (x.id < y.id ? -1 : 1))
    .slice(0, limit)
    .map((f) => {
      const name = themePhrase([profiles.themeNames[f.t]!]);
      const nl = [`Thema ${name.nl}: ${f.networks === 0 ? "geen enkel netwerk werkt errond" : `slechts ${f.networks} ${f.networks === 1 ? "netwerk werkt" : "netwerken werken"} errond`}`];
      const en = [`Theme ${name.en}: ${f.networks === 0 ? "no network works on it" : `only ${f.networks} ${f.networks === 1 ? "network works" : "networks work"} on it`}`];
      if (!f.few) {
        nl[0] = `Thema ${name.nl}`;
        en[0] = `Theme ${name.en}`;
      }
      if (f.noOutcomes) {
        nl.push("er is nog geen resultaat over dit thema");
        en.push("no outcome is about this theme yet");
      }
      if (f.noLinks) {
        nl.push("geen netwerk verbindt het met een ander thema");
        en.push("no network links it to another theme");
      }
      return {
        kind: "theme-gap" as const,
        key: `theme-gap:${f.id}`,
        score: Math.round(f.score * 1e6) / 1e6,
        subjects: [{ type: "theme" as const, id: f.id }],
        reasons: { nl, en },
        details: { networks: f.networks, outcomes: profiles.themeOutcomeCount[f.t], fewNetworksThreshold: threshold, fewNetworks: f.few, noOutcomes: f.noOutcomes, noLinks: f.noLinks },
      };
    });
}
