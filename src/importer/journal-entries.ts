// What an import journals before it writes a batch, whether it writes in one transaction or in
// stages: for new nodes their ids (an undo deletes them, and every relationship hanging on them),
// for rows already stored the before-image of what the batch changes (an undo restores it). New
// relationships need no entry: each hangs on a new node, or is merged between stored ones and
// snapshotted as such.
import type { JournalKind } from "./import-journal.ts";
import type { WritePlan } from "./plan-import.ts";

/** Query file stem per entity, in load order: <folder>/create-<stem> for new rows, import/merge-<stem> for known ones. */
export const QUERY_STEMS: Record<keyof WritePlan, string> = {
  themes: "themes",
  projects: "projects",
  partners: "partners",
  outcomes: "outcomes",
  projectThemes: "project-themes",
  participations: "participations",
  collaborations: "collaborations",
};

const NODE_ENTITIES = new Set<keyof WritePlan>(["themes", "projects", "partners", "outcomes"]);

export interface JournalEntry { query: string; params: Record<string, unknown> }

/** The journal entry of one batch of `entity` rows, new (`known` false) or already stored. */
export function journalEntry(entity: keyof WritePlan, batch: { id?: string }[], known: boolean): JournalEntry | undefined {
  const stem = QUERY_STEMS[entity];
  const node = NODE_ENTITIES.has(entity);
  const ids = () => batch.map((r) => r.id);
  if (!known) return node ? { query: "staged/journal-created", params: { kind: `created-${stem}` as JournalKind, ids: ids() } } : undefined;
  return { query: `staged/snapshot-${stem}`, params: node ? { ids: ids() } : { rows: batch } };
}
