// Shared themes: cosine of the two projects' theme vectors, each theme weighted by how central it is
// to the project (ADDRESSES.weight) times its inverse document frequency ln(1 + N/df), so sharing a
// rare theme says more than sharing one that half the programme addresses. Range 0..1.
import type { ProjectProfiles } from "../profiles.ts";
import { dot, sharedKeys } from "../sparse.ts";

export function themeOverlap(profiles: ProjectProfiles, a: number, b: number): number {
  return Math.min(1, dot(profiles.themeVectors[a]!, profiles.themeVectors[b]!));
}

/** Theme indexes both projects address, strongest contribution first. */
export function sharedThemes(profiles: ProjectProfiles, a: number, b: number): number[] {
  return sharedKeys(profiles.themeVectors[a]!, profiles.themeVectors[b]!).map((s) => s.key);
}
