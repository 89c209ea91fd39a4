// Turns what the user handed over — a file, a folder, or uploaded files — into raw tables. The
// file extension decides the format; the file or sheet name decides the entity later on.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { append, problem, type ImportProblem } from "./problems.ts";
import { readCsv } from "./read-csv.ts";
import { readJson } from "./read-json.ts";
import { readXlsx } from "./read-xlsx.ts";
import type { RawTable } from "./raw-table.ts";
import { expectedText as expected, noteText as note } from "../schemas/import-problem-messages.ts";

export interface SourceFile {
  name: string;
  data: Buffer;
}

export interface ReadResult {
  tables: RawTable[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

export const IMPORT_EXTENSIONS = [".csv", ".xlsx", ".json"] as const;
const SPREADSHEET_LIKE = [".xls", ".xlsm", ".ods", ".numbers", ".tsv", ".txt"];

/** The files of a path: the file itself, or the import files directly inside a folder. */
export async function filesAt(path: string): Promise<{ files: SourceFile[]; warnings: ImportProblem[]; folder: boolean }> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`import: no such file or folder: ${path}`);
  if (info.isFile()) return { files: [{ name: basename(path), data: await readFile(path) }], warnings: [], folder: false };
  const entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith(".") && !e.name.startsWith("~$"));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: SourceFile[] = [];
  const warnings: ImportProblem[] = [];
  for (const e of entries) {
    if ((IMPORT_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) {
      files.push({ name: e.name, data: await readFile(join(path, e.name)) });
    } else if (SPREADSHEET_LIKE.includes(extname(e.name).toLowerCase())) {
      // Probably meant as data in another format; other files (README.md, …) are skipped silently.
      warnings.push(problem({ file: e.name }, expected("import.file-type"), note("note.skipped-file-type")));
    }
  }
  return { files, warnings, folder: true };
}

/** Reads every file; `fromFolder` makes stray JSON files (not import-shaped) a warning instead of an error. */
export async function readSources(files: SourceFile[], fromFolder = false): Promise<ReadResult> {
  const out: ReadResult = { tables: [], problems: [], warnings: [] };
  for (const f of files) {
    const ext = extname(f.name).toLowerCase();
    const base = basename(f.name, extname(f.name));
    if (ext === ".csv") {
      const r = readCsv(f.name, base, f.data);
      if (r.table) out.tables.push(r.table);
      append(out.problems, r.problems);
    } else if (ext === ".xlsx") {
      const r = await readXlsx(f.name, f.data);
      append(out.tables, r.tables);
      append(out.problems, r.problems);
    } else if (ext === ".json") {
      const r = readJson(f.name, base, f.data, !fromFolder);
      append(out.tables, r.tables);
      append(out.problems, r.problems);
      append(out.warnings, r.warnings);
    } else {
      out.problems.push(problem({ file: f.name }, expected("import.file-type"), note("note.extension")));
    }
  }
  return out;
}
