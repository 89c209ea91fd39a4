// Outcomes about the same themes: cosine of the projects' outcome–theme vectors (number of outcomes
// about each theme, IDF-weighted). Two networks whose reports and tools cover the same rare theme
// can learn from each other's results even when their own theme lists differ. Range 0..1.
import type { ProjectProfiles } from "../profiles.ts";
import { dot } from "../sparse.ts";

export function outcomeOverlap(profiles: ProjectProfiles, a: number, b: number): number {
  return Math.min(1, dot(profiles.outcomeThemeVectors[a]!, profiles.outcomeThemeVectors[b]!));
}
