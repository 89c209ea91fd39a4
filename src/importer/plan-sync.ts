// Sync mode: the graph is made to match the file for each entity the file covers (a file, sheet
// or JSON list named after it). What is stored but no longer in the file is listed here, exactly,
// so a dry run shows it and the write removes it in the import's own transaction. Pure: the
// stored ids come in as data. Decisions, tokens and analysis runs are never part of it, and
// neither are collaborations an accepted suggestion made.
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

/**
 * `covered`: the entities the file has a table for. `keptPartners`: partner ids the file stands for
 * (its own and the stored partners its rows were merged into). `outcomesOfDeletedProjects`: filled
 * in later from the database, since an outcome cannot outlive its project.
 */
export function planSync(covered: ReadonlySet<EntityName>, plan: WritePlan, keptPartners: ReadonlySet<string>, stored: StoredForSync): SyncDeletions {
  const out = noDeletions();
  const nodes = (entity: NodeEntity, keep: ReadonlySet<string>) => {
    if (!covered.has(entity)) return;
    for (const id of stored[entity] ?? []) if (!keep.has(id)) out[entity].push(id);
    out[entity].sort();
  };
  nodes("themes", new Set(plan.themes.map((w) => w.id)));
  nodes("projects", new Set(plan.projects.map((w) => w.id)));
  nodes("partners", keptPartners);
  nodes("outcomes", new Set(plan.outcomes.map((w) => w.id)));

  const deletedProjects = new Set(out.projects);
  const deletedThemes = new Set(out.themes);
  const deletedPartners = new Set(out.partners);
  // Relationships of deleted nodes go with them (DETACH DELETE); only the others are listed.
  if (covered.has("projectThemes")) {
    const keep = new Set(plan.projectThemes.map((r) => pairKey(r.project, r.theme)));
    for (const r of stored.projectThemes ?? []) {
      if (!keep.has(pairKey(r.project, r.theme)) && !deletedProjects.has(r.project) && !deletedThemes.has(r.theme)) out.projectThemes.push(r);
    }
  }
  if (covered.has("participations")) {
    const keep = new Set(plan.participations.map((r) => pairKey(r.partner, r.project)));
    for (const r of stored.participations ?? []) {
      if (!keep.has(pairKey(r.partner, r.project)) && !deletedPartners.has(r.partner) && !deletedProjects.has(r.project)) out.participations.push(r);
    }
  }
  if (covered.has("collaborations")) {
    const keep = new Set(plan.collaborations.map((r) => undirected(r.from, r.to)));
    for (const r of stored.collaborations ?? []) {
      if (!keep.has(undirected(r.from, r.to)) && !deletedProjects.has(r.from) && !deletedProjects.has(r.to)) out.collaborations.push(r);
    }
  }
  return out;
}
