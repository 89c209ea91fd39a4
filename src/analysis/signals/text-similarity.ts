// Text similarity: TF–IDF cosine (Salton & Buckley 1988) over each project's name, description and
// outcome titles and summaries, Dutch and English stemmed (text/tokenize.ts), with sublinear term
// frequency 1 + ln(tf) and idf ln(N/df). Each vector keeps its strongest terms (profiles.ts).
import type { ProjectProfiles } from "../profiles.ts";
import { dot, sharedKeys } from "../sparse.ts";

export function textSimilarity(profiles: ProjectProfiles, a: number, b: number): number {
  return Math.min(1, dot(profiles.textVectors[a]!, profiles.textVectors[b]!));
}

/** The terms contributing most to the cosine (as readable words), for the explanation. */
export function topSharedTerms(profiles: ProjectProfiles, a: number, b: number, limit = 5): string[] {
  return sharedKeys(profiles.textVectors[a]!, profiles.textVectors[b]!)
    .slice(0, limit)
    .map((s) => profiles.termWords[s.key]!);
}
