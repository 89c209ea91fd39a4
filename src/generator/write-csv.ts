// Writes a dataset as the CSV files the importer reads (one file per entity, headers = schema
// keys, list cells joined with ';') and the ground truth as truth.json next to them.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { ENTITY_NAMES, ENTITY_SCHEMAS, type Dataset } from "../schemas/index.ts";
import type { GroundTruth } from "./generate.ts";

/** Rows of one entity as CSV text, columns in schema order. */
export function entityCsv(name: (typeof ENTITY_NAMES)[number], rows: readonly object[]): string {
  const shape = ENTITY_SCHEMAS[name] as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
  // projectSchema and collaborationSchema are refined objects: their keys sit on the inner object.
  const columns = Object.keys(shape.shape ?? shape.def?.in?.shape ?? {});
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = (r as Record<string, unknown>)[c];
      return Array.isArray(v) ? v.join(";") : v === undefined ? "" : String(v);
    }),
  );
  return stringify([columns, ...cells]);
}

export async function writeDatasetCsv(dir: string, dataset: Dataset, truth?: GroundTruth): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const name of ENTITY_NAMES) {
    const file = join(dir, `${name}.csv`);
    await writeFile(file, entityCsv(name, dataset[name]));
    files.push(file);
  }
  if (truth) {
    const file = join(dir, "truth.json");
    await writeFile(file, JSON.stringify(truth));
    files.push(file);
  }
  return files;
}
