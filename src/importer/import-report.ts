// The report of an import and its one-line summary:
// `imported: 12 projects (12 new, 0 updated), 84 partners (80 new, 0 updated, 4 merged), … in 0.8s`.
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import type { PartnerMerge } from "./merge-partners.ts";
import type { ImportProblem } from "./problems.ts";

export interface ImportReport {
  dryRun: boolean;
  counts: Record<EntityName, { rows: number; created: number; updated: number }>;
  merged: PartnerMerge[];
  warnings: ImportProblem[];
  seconds: number;
}

/** [one, many] */
const NOUNS: Record<EntityName, [string, string]> = {
  themes: ["theme", "themes"],
  projects: ["project", "projects"],
  partners: ["partner", "partners"],
  outcomes: ["outcome", "outcomes"],
  projectThemes: ["project theme", "project themes"],
  participations: ["participation", "participations"],
  collaborations: ["collaboration", "collaborations"],
};

export function formatSummary(r: ImportReport): string {
  const parts = ENTITY_NAMES.filter((e) => r.counts[e].rows > 0).map((e) => {
    const c = r.counts[e];
    const merged = e === "partners" && r.merged.length > 0 ? `, ${r.merged.length} merged` : "";
    return `${c.rows} ${NOUNS[e][c.rows === 1 ? 0 : 1]} (${c.created} new, ${c.updated} updated${merged})`;
  });
  const what = parts.length > 0 ? parts.join(", ") : "nothing";
  return `${r.dryRun ? "dry run, nothing written; would import" : "imported"}: ${what} in ${r.seconds.toFixed(1)}s`;
}

/** `kept ← merged: reason`, one line per merged partner. */
export const formatMerge = (m: PartnerMerge) => `partner ${m.kept} ← ${m.merged}: ${m.reason}`;
