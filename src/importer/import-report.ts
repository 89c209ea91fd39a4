// The report of an import and its one-line summary:
// `imported: 12 projects (12 new, 0 updated), 84 partners (80 new, 0 updated, 4 merged), … in 0.8s`.
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import type { DuplicateCandidate } from "../schemas/partner-duplicates.ts";
import type { PartnerMerge } from "./merge-partners.ts";
import type { KeptRow, SyncDeletions } from "./plan-sync.ts";
import type { SyncCoverage } from "./sync-scope.ts";
import type { OrphanedDecision, RemovedLink } from "./sync-removals.ts";
import type { ImportProblem } from "./problems.ts";

export interface ImportReport {
  dryRun: boolean;
  counts: Record<EntityName, { rows: number; created: number; updated: number }>;
  merged: PartnerMerge[];
  /** Partners that may be stored organisations (or each other) under another id: listed, never merged. */
  duplicates?: DuplicateCandidate[];
  /** Sync only: what was (or, in a dry run, would be) removed because the file no longer lists it. */
  deleted?: SyncDeletions;
  /** Sync only: what it covered, what it kept and why, what went with removed nodes, the decisions it orphaned. */
  sync?: SyncReport;
  /** The import's job: `diagonal import undo <job>` undoes it (absent in a dry run). */
  job?: string;
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
  const links = r.sync && r.sync.withRemovedNodes.length > 0 ? ` and ${r.sync.withRemovedNodes.length} relationships with them` : "";
  const removed = r.deleted ? `; ${r.dryRun ? "would remove" : "removed"} ${describeDeletions(r.deleted)}${links}` : "";
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

export interface SyncReport extends SyncCoverage {
  kept: KeptRow[];
  /** Relationships that go with removed nodes (outcome links, participations, project themes, collaborations, …). */
  withRemovedNodes: RemovedLink[];
  /** Decisions about removed projects: kept, marked orphaned. */
  orphanedDecisions: OrphanedDecision[];
  /** Rows removed in all (listed and with removed nodes): what HTTP `confirm` must equal. */
  removals: number;
  /** Whether a real run needs `--yes` (HTTP: `confirm`). */
  needsConfirmation: boolean;
}

/** The sync's lines: entities not covered and why, rows kept and why, what goes with removed nodes, orphaned decisions. */
export function formatSync(s: SyncReport, dryRun: boolean): string[] {
  const verb = dryRun ? "would remove" : "removed";
  return [
    ...s.notCovered.filter((n) => n.reason !== "no-table").map((n) => `${n.entity}: ${n.en} / ${n.nl}`),
    ...s.kept.map((k) => `${NOUNS[k.entity][0]} ${k.id} ${k.en} / ${k.nl}`),
    ...s.withRemovedNodes.map((l) => `${verb} ${l.type} ${l.from} → ${l.to} (with a removed node)`),
    ...s.orphanedDecisions.map((d) => `decision ${d.pairKey} (${d.decision}) ${dryRun ? "would be" : "is"} kept, marked orphaned: its project is removed`),
    ...(s.needsConfirmation && dryRun ? [`this sync removes ${s.removals} rows: confirm with --yes (HTTP: confirm=${s.removals})`] : []),
  ];
}
