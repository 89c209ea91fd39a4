// The illustrative dataset in fixtures/mvo, read and validated row by row, for analysis tests that
// need the real fixture (14 networks, 11 of which ended in 2008–2012).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { ENTITY_NAMES, ENTITY_SCHEMAS, emptyDataset, type Dataset } from "../../src/schemas/index.ts";

const DIR = new URL("../../fixtures/mvo/", import.meta.url);

export function loadMvoFixture(): Dataset {
  const d = emptyDataset() as unknown as Record<string, unknown[]>;
  for (const name of ENTITY_NAMES) {
    const rows = parse(readFileSync(new URL(`${name}.csv`, DIR), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    d[name] = rows.map((row, i) => {
      const r = ENTITY_SCHEMAS[name].safeParse(row);
      if (!r.success) throw new Error(`${name}.csv row ${i + 2}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return r.data;
    });
  }
  return d as unknown as Dataset;
}
