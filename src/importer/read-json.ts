// Reads a JSON import: either one object shaped like the dataset (a list per entity), or a file
// named after one entity holding a list of rows. Each list becomes a table whose columns are the
// keys used by its objects, so JSON goes through the same checks as CSV and XLSX.
import { ENTITY_NAMES } from "../schemas/index.ts";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../schemas/json-depth.ts";
import { append, problem, type ImportProblem } from "./problems.ts";
import { entityFor, type RawTable } from "./raw-table.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

export function tableFromObjects(file: string, name: string, list: unknown[], sheet?: string): { table?: RawTable; problems: ImportProblem[] } {
  const columns: string[] = [];
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  list.forEach((item, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      problems.push(problem({ file, sheet, row: i + 1, value: item }, expected("import.json-row-object")));
      return;
    }
    for (const key of Object.keys(item)) if (!seen.has(key)) { seen.add(key); columns.push(key); }
  });
  const rows = list.flatMap((item, i) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? [{ row: i + 1, cells: columns.map((c) => (item as Record<string, unknown>)[c]) }]
      : [],
  );
  return { table: { file, sheet, name, format: "json", columns, rows }, problems };
}

/**
 * `strict` is false when the file was found in a folder: a JSON file there that is no import
 * file (no entity lists at all) is skipped with a warning instead of failing the import.
 */
export function readJson(file: string, baseName: string, data: Buffer, strict: boolean): { tables: RawTable[]; problems: ImportProblem[]; warnings: ImportProblem[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data));
  } catch (err) {
    const msg = err instanceof TypeError ? note("note.not-utf8") : (err as Error).message;
    return { tables: [], problems: [problem({ file }, expected("import.json-document"), msg)], warnings: [] };
  }
  if (nestsDeeperThan(doc)) {
    return { tables: [], problems: [problem({ file }, expected("import.json-depth", { depth: MAX_JSON_DEPTH }), note("note.json-depth"))], warnings: [] };
  }
  const tables: RawTable[] = [];
  const problems: ImportProblem[] = [];
  if (Array.isArray(doc)) {
    if (!entityFor(baseName)) {
      return { tables, problems: [problem({ file }, expected("import.json-list-file", { names: ENTITY_NAMES.join(", ") }))], warnings: [] };
    }
    const r = tableFromObjects(file, baseName, doc);
    return { tables: r.table ? [r.table] : [], problems: r.problems, warnings: [] };
  }
  if (doc === null || typeof doc !== "object") {
    return { tables, problems: [problem({ file }, expected("import.json-object"))], warnings: [] };
  }
  const keys = Object.keys(doc);
  if (!strict && !keys.some((k) => entityFor(k))) {
    return { tables, problems, warnings: [problem({ file }, expected("import.import-file"), note("note.no-entity-lists"))] };
  }
  for (const key of keys) {
    const list = (doc as Record<string, unknown>)[key];
    if (!entityFor(key)) {
      problems.push(problem({ file, sheet: key }, expected("import.json-lists", { names: ENTITY_NAMES.join(", ") }), note("note.not-one-of-them", { key })));
    } else if (!Array.isArray(list)) {
      problems.push(problem({ file, sheet: key, value: list }, expected("import.json-rows")));
    } else {
      const r = tableFromObjects(file, key, list, key);
      if (r.table) tables.push(r.table);
      append(problems, r.problems);
    }
  }
  return { tables, problems, warnings: [] };
}
