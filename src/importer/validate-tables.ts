// Matches raw tables to entities and validates every row with the entity's zod schema. Header
// problems (unknown sheet, missing required column) are found before any row is looked at, so a
// wrong file gives one clear line instead of a problem on every row.
import type { z } from "zod";
import { ENTITY_NAMES, ENTITY_SCHEMAS, type Dataset, type EntityName } from "../schemas/index.ts";
import { problem, type ImportProblem } from "./problems.ts";
import { entityFor, looseName, type RawTable } from "./raw-table.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";
import { setImmediate as turn } from "node:timers/promises";

export interface RowSource {
  file: string;
  sheet?: string;
  row: number;
}

export interface ValidRow<T> {
  value: T;
  at: RowSource;
  /** Schema keys that had a column in the source: only those are written, so a file without a column leaves that property alone. */
  present: readonly string[];
}

export type ValidRows = { [K in EntityName]: ValidRow<Dataset[K][number]>[] };

export interface ValidationResult {
  rows: ValidRows;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

type AnyObjectSchema = z.ZodObject<Record<string, z.ZodType>>;
const shapeOf = (entity: EntityName) => (ENTITY_SCHEMAS[entity] as unknown as AnyObjectSchema).shape;

/** Keys of an entity whose column must be present: those whose schema rejects an empty cell. */
export function columnsOf(entity: EntityName): { key: string; required: boolean }[] {
  return Object.entries(shapeOf(entity)).map(([key, schema]) => ({ key, required: !schema.safeParse(undefined).success }));
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Validates every table at once (small inputs, tests). */
export function validateTables(tables: RawTable[], onRow?: (done: number) => void): ValidationResult {
  const steps = validationSteps(tables, onRow);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the event loop a turn every few thousand rows: a 200k-row upload is validated
 * while the service keeps answering /healthz and other requests.
 */
export async function validateTablesYielding(tables: RawTable[], onRow?: (done: number) => void): Promise<ValidationResult> {
  const steps = validationSteps(tables, onRow);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await turn();
  }
}

/** Yields after every YIELD_EVERY rows; returns the result. */
const YIELD_EVERY = 2000;

function* validationSteps(tables: RawTable[], onRow?: (done: number) => void): Generator<void, ValidationResult> {
  const rows = Object.fromEntries(ENTITY_NAMES.map((n) => [n, []])) as unknown as ValidRows;
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let done = 0;
  for (const table of tables) {
    const where = { file: table.file, sheet: table.sheet };
    const entity = entityFor(table.name);
    if (!entity) {
      const what = table.format === "xlsx" ? "sheet" : table.format === "json" ? "list" : "file";
      problems.push(problem({ ...where }, expected("import.named-after-entity", { what, names: ENTITY_NAMES.join(", ") }), note("note.not-an-entity", { name: table.name })));
      continue;
    }
    const columns = columnsOf(entity);
    const keyByLoose = new Map(columns.map((c) => [looseName(c.key), c.key]));
    // Column index → schema key, for the columns that are part of the schema.
    const mapped: { index: number; key: string; header: string }[] = [];
    const seen = new Map<string, string>();
    let headerOk = true;
    table.columns.forEach((header, index) => {
      if (header.trim() === "") return;
      const key = keyByLoose.get(looseName(header));
      if (!key) {
        warnings.push(problem({ ...where, row: table.format === "json" ? undefined : 1, column: header }, expected("import.known-column", { entity, columns: columns.map((c) => c.key).join(", ") }), note("note.unknown-column")));
        return;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push(problem({ ...where, row: 1, column: header }, expected("import.column-once"), note("note.same-column", { first: earlier, second: header, key })));
        headerOk = false;
        return;
      }
      seen.set(key, header);
      mapped.push({ index, key, header });
    });
    for (const c of columns) {
      if (c.required && !seen.has(c.key)) {
        problems.push(problem({ ...where, row: table.format === "json" ? undefined : 1, column: c.key }, expected("import.column-required", { column: c.key, entity }), note("note.missing-column")));
        headerOk = false;
      }
    }
    if (!headerOk) continue;
    const present = mapped.map((m) => m.key);
    const headerOf = new Map(mapped.map((m) => [m.key, m.header]));
    const schema = ENTITY_SCHEMAS[entity];
    let kept = 0;
    for (const raw of table.rows) {
      if (raw.cells.every(isBlank)) continue;
      kept++;
      const at = { ...where, row: raw.row };
      for (let i = 0; i < raw.cells.length; i++) {
        if (!isBlank(raw.cells[i]) && (i >= table.columns.length || table.columns[i]!.trim() === "")) {
          problems.push(problem({ ...at, column: `#${i + 1}`, value: raw.cells[i] }, expected("import.headerless-empty")));
        }
      }
      const input: Record<string, unknown> = {};
      for (const m of mapped) input[m.key] = raw.cells[m.index];
      const parsed = schema.safeParse(input);
      if (parsed.success) {
        (rows[entity] as ValidRow<unknown>[]).push({ value: parsed.data, at, present });
      } else {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? "");
          problems.push(problem({ ...at, column: headerOf.get(key) ?? key, value: input[key] }, issue.message));
        }
      }
      if (++done % YIELD_EVERY === 0) {
        onRow?.(done);
        yield;
      }
    }
    if (kept === 0) {
      warnings.push({ ...problem({ ...where }, expected("import.table-rows", { entity }), note("note.no-rows")), kind: "empty-table" });
    }
  }
  onRow?.(done);
  return { rows, problems, warnings };
}
