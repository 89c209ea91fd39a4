// Sync mode: the graph is made to match the file for each entity the file covers (a file, sheet
// or JSON list named after it, with at least one data row). What is stored but no longer in the
// file is listed here, exactly, so a dry run shows it and the write removes it in the import's own
// transaction. Pure: the stored ids come in as data. Decisions, tokens and analysis runs are never
// part of it, and neither are collaborations an accepted suggestion made. A stored node the
// file's own rows refer to is kept (listed as kept), so the report never claims a row whose node
// the same run removed.
import type { EntityName } from "../schemas/index.ts";
import type { NodeEntity, WritePlan } from "./plan-import.ts";

export interface StoredForSync {
  themes?: string[];
  projects?: string[];
  partners?: string[];
  outcomes?: string[];
  projectThemes?: { project: string; theme: string }[];
  participations?: { partner: string; project: string }[];
  collaborations?: { from: string; to: string }[];
}

export interface SyncDeletions {
  themes: string[];
  projects: string[];
  partners: string[];
  outcomes: string[];
  projectThemes: { project: string; theme: string }[];
  participations: { partner: string; project: string }[];
  collaborations: { from: string; to: string }[];
}

export const noDeletions = (): SyncDeletions => ({ themes: [], projects: [], partners: [], outcomes: [], projectThemes: [], participations: [], collaborations: [] });

export const deletionCount = (d: SyncDeletions) =>
  d.themes.length + d.projects.length + d.partners.length + d.outcomes.length + d.projectThemes.length + d.participations.length + d.collaborations.length;

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
const undirected = (a: string, b: string) => (a < b ? pairKey(a, b) : pairKey(b, a));

/** Why a sync keeps a stored row the file does not list, in Dutch and English. */
export const KEPT_REASONS = {
  referenced: { en: "kept: rows of the file refer to it", nl: "behouden: rijen van het bestand verwijzen ernaar" },
  accepted: { en: "kept: holds an accepted collaboration", nl: "behouden: heeft een aanvaarde samenwerking" },
} as const;
export type KeptReason = keyof typeof KEPT_REASONS;
export interface KeptRow { entity: NodeEntity; id: string; reason: KeptReason; en: string; nl: string }
export const keptRow = (entity: NodeEntity, id: string, reason: KeptReason): KeptRow => ({ entity, id, reason, ...KEPT_REASONS[reason] });

/**
 * The stored nodes the file's own rows refer to without listing them (a participation naming a
 * stored project, an outcome about a stored theme): a sync keeps them, so the report never counts
 * a row whose node the same run removed.
 */
export function referencedByFile(plan: WritePlan): Record<NodeEntity, Set<string>> {
  const themes = new Set<string>(plan.projectThemes.map((r) => r.theme));
  const projects = new Set<string>(plan.projectThemes.map((r) => r.project));
  for (const r of plan.participations) projects.add(r.project);
  for (const r of plan.collaborations) projects.add(r.from).add(r.to);
  for (const o of plan.outcomes) {
    projects.add(o.project);
    for (const t of o.themes ?? []) themes.add(t);
  }
  return { themes, projects, partners: new Set(plan.participations.map((r) => r.partner)), outcomes: new Set() };
}

/**
 * `covered`: the entities the sync makes match the file. `keep`: per node entity, the ids the
 * file stands for (its own rows, and for partners the stored partners its rows were merged into).
 * `referenced`: stored ids the file's rows refer to — kept, and listed in `kept`.
 * Outcomes of removed projects are filled in later from the database, since an outcome cannot
 * outlive its project.
 */
export function planSync(covered: ReadonlySet<EntityName>, plan: WritePlan, keep: Record<NodeEntity, ReadonlySet<string>>, referenced: Record<NodeEntity, ReadonlySet<string>>, stored: StoredForSync): { deletions: SyncDeletions; kept: KeptRow[] } {
  const out = noDeletions();
  const kept: KeptRow[] = [];
  const nodes = (entity: NodeEntity) => {
    if (!covered.has(entity)) return;
    for (const id of stored[entity] ?? []) {
      if (keep[entity].has(id)) continue;
      if (referenced[entity].has(id)) kept.push(keptRow(entity, id, "referenced"));
      else out[entity].push(id);
    }
    out[entity].sort();
  };
  nodes("themes");
  nodes("projects");
  nodes("partners");
  nodes("outcomes");
  const deletedProjects = new Set(out.projects);
  const deletedThemes = new Set(out.themes);
  const deletedPartners = new Set(out.partners);
  // Relationships of deleted nodes go with them (DETACH DELETE); only the others are listed.
  if (covered.has("projectThemes")) {
    const listed = new Set(plan.projectThemes.map((r) => pairKey(r.project, r.theme)));
    for (const r of stored.projectThemes ?? []) {
      if (!listed.has(pairKey(r.project, r.theme)) && !deletedProjects.has(r.project) && !deletedThemes.has(r.theme)) out.projectThemes.push(r);
    }
  }
  if (covered.has("participations")) {
    const listed = new Set(plan.participations.map((r) => pairKey(r.partner, r.project)));
    for (const r of stored.participations ?? []) {
      if (!listed.has(pairKey(r.partner, r.project)) && !deletedPartners.has(r.partner) && !deletedProjects.has(r.project)) out.participations.push(r);
    }
  }
  if (covered.has("collaborations")) {
    const listed = new Set(plan.collaborations.map((r) => undirected(r.from, r.to)));
    for (const r of stored.collaborations ?? []) {
      if (!listed.has(undirected(r.from, r.to)) && !deletedProjects.has(r.from) && !deletedProjects.has(r.to)) out.collaborations.push(r);
    }
  }
  return { deletions: out, kept };
}
