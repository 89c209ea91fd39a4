// The guard in front of a sync: one that would remove more than a share of any entity's stored
// rows (DIAGONAL_SYNC_MAX_REMOVE, default 10 %), or a project an accepted decision is about, is
// refused unless confirmed — `--yes` on the command line, or over HTTP `confirm` equal to the dry
// run's removal count (so what is confirmed is what was seen). Refused, nothing is written; the
// message gives the counts per entity and names the first rows.
import { SyncUnconfirmedError } from "../errors.ts";
import { ENTITY_NAMES, type EntityName } from "../schemas/index.ts";
import { removedPerEntity, type SyncPlan } from "./sync-removals.ts";

/** How many rows the message names. */
const FIRST_ROWS = 5;

export interface SyncConfirmation {
  /** `--yes`: remove whatever the sync removes. */
  yes?: boolean;
  /** HTTP: the dry run's removal count; any other number is refused. */
  confirm?: number;
  /** Percent of any entity's stored rows a sync may remove unconfirmed. */
  maxRemovePercent: number;
}

function firstRows(p: SyncPlan): string[] {
  const d = p.deletions;
  return [
    ...d.projects.map((id) => `project ${id}`), ...d.partners.map((id) => `partner ${id}`), ...d.themes.map((id) => `theme ${id}`),
    ...d.outcomes.map((id) => `outcome ${id}`), ...d.collaborations.map((r) => `collaboration ${r.from} – ${r.to}`),
    ...d.participations.map((r) => `participation ${r.partner} → ${r.project}`), ...d.projectThemes.map((r) => `project theme ${r.project} → ${r.theme}`),
  ].slice(0, FIRST_ROWS);
}

/** What makes a sync need a confirmation: entities beyond the threshold, accepted decisions it orphans. */
function beyond(p: SyncPlan, maxRemovePercent: number) {
  const removed = removedPerEntity(p);
  const over = ENTITY_NAMES.filter((e) => removed[e] > 0 && removed[e] * 100 > maxRemovePercent * p.stored[e]);
  const accepted = p.orphanedDecisions.filter((d) => d.decision === "accepted");
  return { removed, over, accepted, needed: p.removals > 0 && (over.length > 0 || accepted.length > 0) };
}

/** Whether a real run of this sync needs `--yes` (HTTP: `confirm`). */
export const syncNeedsConfirmation = (p: SyncPlan, maxRemovePercent: number) => beyond(p, maxRemovePercent).needed;

/** Throws SyncUnconfirmedError when the sync needs a confirmation it did not get. */
export function guardSync(p: SyncPlan, c: SyncConfirmation): void {
  const { removed, over, accepted, needed } = beyond(p, c.maxRemovePercent);
  if (!needed || c.yes || c.confirm === p.removals) return;
  const share = (e: EntityName) => `${removed[e]} of ${p.stored[e]} ${e} (${Math.round((removed[e] * 100) / Math.max(1, p.stored[e]))} %)`;
  const why = [
    ...(over.length > 0 ? [`it would remove ${over.map(share).join(", ")}, more than ${c.maxRemovePercent} % of what is stored`] : []),
    ...(accepted.length > 0 ? [`${accepted.length} accepted decision${accepted.length === 1 ? "" : "s"} would be orphaned (${accepted.slice(0, FIRST_ROWS).map((d) => d.pairKey).join(", ")})`] : []),
  ];
  const perEntity = Object.fromEntries(ENTITY_NAMES.filter((e) => removed[e] > 0).map((e) => [e, { removed: removed[e], stored: p.stored[e] }]));
  const confirmed = c.confirm !== undefined ? ` (confirm=${c.confirm} does not match)` : "";
  throw new SyncUnconfirmedError(
    `the sync was refused${confirmed}: ${why.join("; ")}. It would remove ${p.removals} rows in all, first: ${firstRows(p).join(", ")}. ` +
      `Nothing was written. Check the dry run (--dry-run), then confirm with --yes (HTTP: confirm=${p.removals}), ` +
      "or narrow the sync to some entities (--sync projects,partners).",
    { removals: p.removals, perEntity, first: firstRows(p), maxRemovePercent: c.maxRemovePercent },
  );
}
