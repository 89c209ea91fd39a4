// Shared partners on the project–partner bipartite graph, Adamic–Adar style (Adamic & Adar 2003):
// a shared partner counts 1/ln(1 + degree), so a small organisation in both networks says more than
// a federation that sits in hundreds. Normalised like a cosine (Salton):
//   Σ_shared w(r) / √(Σ_{r∈A} w(r) · Σ_{r∈B} w(r)), in 0..1.
import type { ProjectProfiles } from "../profiles.ts";
import { dot, sharedKeys } from "../sparse.ts";

export function partnerOverlap(profiles: ProjectProfiles, a: number, b: number): number {
  return Math.min(1, dot(profiles.partnerVectors[a]!, profiles.partnerVectors[b]!));
}

/** Partner indexes in both projects, most telling (least connected) first. */
export function sharedPartners(profiles: ProjectProfiles, a: number, b: number): number[] {
  return sharedKeys(profiles.partnerVectors[a]!, profiles.partnerVectors[b]!).map((s) => s.key);
}
