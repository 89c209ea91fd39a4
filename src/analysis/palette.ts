// The one palette of Diagonal's pictures: maps, embeds, the reports' network pictures and the
// exports' GEXF/GraphML colours all take a community's colour from here, keyed by the community's
// stable label (align-communities.ts keeps a community's label across runs), so a community keeps
// its colour everywhere and from one run to the next. Okabe & Ito's colour-blind-safe qualitative
// set first (Okabe, M. & Ito, K. 2008, "Color Universal Design"), then Paul Tol's muted set,
// cycled for more communities. Node kinds are not communities: they use a separate set of greys,
// so blue on one map never means "a network" and on the next "a community".

export const COMMUNITY_PALETTE = [
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8a7a00", "#332288",
  "#117733", "#882255", "#44AA99", "#AA4499", "#999933", "#6699CC",
] as const;

/** A community's colour, from its stable label (a whole number; any integer is folded into the palette). */
export function communityColour(label: number): string {
  const n = COMMUNITY_PALETTE.length;
  const i = Number.isInteger(label) ? ((label % n) + n) % n : 0;
  return COMMUNITY_PALETTE[i]!;
}

/**
 * Node kinds on the maps that mix them (a network's neighbourhood, a theme): greys of clearly
 * different lightness, never one of the community colours. A network whose community is known
 * takes its community's colour instead; `project` is the colour of one not analysed yet.
 */
export const KIND_COLOURS = { project: "#3d3d3d", theme: "#767676", partner: "#a3a3a3", outcome: "#c8c8c8" } as const;

/** A network that belongs to no community (yet). */
export const NO_COMMUNITY_COLOUR = KIND_COLOURS.project;

/** "#RRGGBB" → its red, green and blue, for the GEXF's viz:color and GraphML's r, g, b. */
export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
