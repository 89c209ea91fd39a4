// The report of an import and its one-line summary:
// `imported: 12 projects (12 new, 0 updated), 84 partners (80 new, 0 updated, 4 merged), … in 0.8s`.
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import type { DuplicateCandidate } from "../schemas/partner-duplicates.ts";
import type { PartnerMerge } from "./merge-partners.ts";
import type { SyncDeletions } from "./plan-sync.ts";
import type { ImportProblem } from "./problems.ts";

export interface ImportReport {
  dryRun: boolean;
  counts: Record<EntityName, { rows: number; created: number; updated: number }>;
  merged: PartnerMerge[];
  /** Partners that may be stored organisations (or each other) under another id: listed, never merged. */
  duplicates?: DuplicateCandidate[];
  /** Sync only: what was (or, in a dry run, would be) removed because the file no longer lists it. */
  deleted?: SyncDeletions;
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
  const removed = r.deleted ? `; ${r.dryRun ? "would remove" : "removed"} ${describeDeletions(r.deleted)}` : "";
  const n = r.duplicates?.length ?? 0;
  const duplicates = n > 0 ? `; ${n} possible duplicate organisation${n === 1 ? "" : "s"} listed, not merged` : "";
  return `${r.dryRun ? "dry run, nothing written; would import" : "imported"}: ${what}${removed}${duplicates} in ${r.seconds.toFixed(1)}s`;
}

/** "2 projects, 1 participation" or "nothing". */
export function describeDeletions(d: SyncDeletions): string {
  const parts = ENTITY_NAMES.filter((e) => d[e].length > 0).map((e) => `${d[e].length} ${NOUNS[e][d[e].length === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(", ") : "nothing";
}

/** One line per removed entity: `remove project p2`, `remove participation a1 → p1`. */
export function formatDeletions(d: SyncDeletions, dryRun: boolean): string[] {
  const verb = dryRun ? "would remove" : "removed";
  return [
    ...d.themes.map((id) => `${verb} theme ${id}`),
    ...d.projects.map((id) => `${verb} project ${id}`),
    ...d.partners.map((id) => `${verb} partner ${id}`),
    ...d.outcomes.map((id) => `${verb} outcome ${id}`),
    ...d.projectThemes.map((r) => `${verb} project theme ${r.project} → ${r.theme}`),
    ...d.participations.map((r) => `${verb} participation ${r.partner} → ${r.project}`),
    ...d.collaborations.map((r) => `${verb} collaboration ${r.from} – ${r.to}`),
  ];
}

/** `kept ← merged: reason`, one line per merged partner. */
export const formatMerge = (m: PartnerMerge) => `partner ${m.kept} ← ${m.merged}: ${m.reason}`;

/** `possible duplicate 0.90: hs-leiestadt "Hogeschool Leiestadt" ~ hogeschool-leiestad "Hogeschool Leiestad" (stored): reason`, then the Dutch reason. */
export const formatDuplicate = (c: DuplicateCandidate) => {
  const side = (s: DuplicateCandidate["a"]) => `${s.id} "${s.name}"${s.stored ? " (stored)" : ""}`;
  return `possible duplicate ${c.confidence.toFixed(2)}: ${side(c.a)} ~ ${side(c.b)}: ${c.reasonEn}\n  mogelijk dubbel: ${c.reasonNl}`;
};
