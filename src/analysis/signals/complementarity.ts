// Complementarity: a bonus when two networks on a shared theme sit on opposite sides of one of the
// call's axes — social economy × regular economy, SMEs × large companies, south × north, knowledge
// institutions × practitioners. Per axis, x and y are a project's excess shares of partners on each
// side (profiles.ts); the axis scores max(x_a·y_b, y_a·x_b), the signal is the best axis, in 0..1.
// Without a shared theme there is nothing to complement, so the signal is 0.
import { COMPLEMENTARITY_AXES, type ComplementarityAxis, type ProjectProfiles } from "../profiles.ts";
import { dot } from "../sparse.ts";

export const COMPLEMENTARITY_DEFAULTS = {
  /** An axis is named in the explanation from this score on. */
  explainFrom: 0.25,
};

export interface ComplementarityScore {
  value: number;
  /** Axes at or above explainFrom, best first; the side a is on comes first, e.g. "social-economy+regular-economy". */
  axes: { axis: ComplementarityAxis; aSide: 0 | 1; score: number }[];
}

/** The signal alone, without the explanation (no allocation: it runs for every candidate pair). */
export function complementarityValue(profiles: ProjectProfiles, a: number, b: number): number {
  if (dot(profiles.themeVectors[a]!, profiles.themeVectors[b]!) <= 0) return 0;
  let value = 0;
  for (const axis of COMPLEMENTARITY_AXES) {
    const sa = profiles.sides[axis][a]!;
    const sb = profiles.sides[axis][b]!;
    value = Math.max(value, sa[0]! * sb[1]!, sa[1]! * sb[0]!);
  }
  return Math.min(1, value);
}

export function complementarity(profiles: ProjectProfiles, a: number, b: number, options = COMPLEMENTARITY_DEFAULTS): ComplementarityScore {
  if (dot(profiles.themeVectors[a]!, profiles.themeVectors[b]!) <= 0) return { value: 0, axes: [] };
  let value = 0;
  const axes: ComplementarityScore["axes"] = [];
  for (const axis of COMPLEMENTARITY_AXES) {
    const sa = profiles.sides[axis][a]!;
    const sb = profiles.sides[axis][b]!;
    const xy = sa[0]! * sb[1]!;
    const yx = sa[1]! * sb[0]!;
    const score = Math.max(xy, yx);
    if (score > value) value = score;
    if (score >= options.explainFrom) axes.push({ axis, aSide: xy >= yx ? 0 : 1, score });
  }
  axes.sort((x, y) => y.score - x.score || COMPLEMENTARITY_AXES.indexOf(x.axis) - COMPLEMENTARITY_AXES.indexOf(y.axis));
  return { value: Math.min(1, value), axes };
}
