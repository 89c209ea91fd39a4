// Which entities a sync makes match the files. An entity is covered when a file, sheet or JSON
// list named after it has at least one data row: the template's empty sheets are not "an empty
// list of themes", they are sheets nobody filled in. `--sync projects,partners` narrows it
// further; an entity named there with no rows is a problem (it would remove every stored row).
import { ENTITY_NAMES, type EntityName, type SyncScope } from "../schemas/index.ts";
import { entityFor, type RawTable } from "./raw-table.ts";
import { problem, type ImportProblem } from "./problems.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

export interface SyncCoverage {
  covered: EntityName[];
  /** Entities the sync leaves alone, and why. */
  notCovered: { entity: EntityName; reason: "no-rows" | "no-table" | "not-listed"; en: string; nl: string }[];
}

const REASONS = {
  "no-rows": { en: "not synced: its sheet or file has no data rows", nl: "niet gesynchroniseerd: het blad of bestand heeft geen rijen" },
  "no-table": { en: "not synced: the files have no sheet or file for it", nl: "niet gesynchroniseerd: geen blad of bestand ervoor" },
  "not-listed": { en: "not synced: not in the --sync list", nl: "niet gesynchroniseerd: niet in de --sync-lijst" },
} as const;

export function syncCoverage(tables: readonly RawTable[], scope: SyncScope): { coverage: SyncCoverage; problems: ImportProblem[] } {
  const rows = new Map<EntityName, number>();
  const tableOf = new Map<EntityName, RawTable>();
  for (const t of tables) {
    const e = entityFor(t.name);
    if (!e) continue;
    rows.set(e, (rows.get(e) ?? 0) + t.rows.length);
    if (!tableOf.has(e)) tableOf.set(e, t);
  }
  const listed = scope === true ? undefined : new Set(scope === false ? [] : scope);
  const coverage: SyncCoverage = { covered: [], notCovered: [] };
  const problems: ImportProblem[] = [];
  for (const entity of ENTITY_NAMES) {
    const n = rows.get(entity);
    const reason = listed && !listed.has(entity) ? "not-listed" : n === undefined ? "no-table" : n === 0 ? "no-rows" : undefined;
    if (!reason) coverage.covered.push(entity);
    else coverage.notCovered.push({ entity, reason, ...REASONS[reason] });
    if (listed?.has(entity) && reason) {
      const t = tableOf.get(entity);
      problems.push(problem(
        { file: t?.file ?? "(import)", ...(t?.sheet ? { sheet: t.sheet } : {}), column: "--sync", value: entity },
        expected("import.sync-rows", { entity }),
        reason === "no-rows" ? note("note.sync-no-rows") : note("note.sync-no-table"),
      ));
    }
  }
  return { coverage, problems };
}
