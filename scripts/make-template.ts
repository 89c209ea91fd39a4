// Writes the import template from the schemas: fixtures/template/diagonal-template.xlsx (a README
// sheet describing every column in English and Dutch, then one sheet per entity with a frozen
// bold header and drop-down lists for enumerations) and fixtures/template/csv/<entity>.csv
// (header row only). Run: npm run template.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ENTITY_NAMES } from "../src/schemas/index.ts";
import { columnGuide } from "../src/importer/column-guide.ts";

const OUT = fileURLToPath(new URL("../fixtures/template/", import.meta.url));
const guide = columnGuide();
const DATA_ROWS = 2000; // rows that get the drop-down lists

const wb = new ExcelJS.Workbook();
wb.creator = "Diagonal";
// A fixed date keeps the file identical between runs.
wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));

const readme = wb.addWorksheet("README", { views: [{ state: "frozen", ySplit: 3 }] });
readme.addRow(["Diagonal import template — one sheet per entity; fill in rows under the header. / Importsjabloon — één blad per soort gegevens; vul rijen in onder de kop."]).font = { bold: true, size: 12 };
readme.addRow(["Required columns must be filled in; lists in one cell are separated by ';'. Dates as YYYY-MM-DD. / Verplichte kolommen moeten ingevuld zijn; lijsten in één cel scheiden met ';'. Datums als JJJJ-MM-DD."]);
const head = readme.addRow(["sheet", "column", "required / verplicht", "type", "allowed values / toegelaten waarden", "empty means / leeg betekent", "example / voorbeeld", "meaning (EN)", "betekenis (NL)"]);
head.font = { bold: true };
for (const c of guide) {
  readme.addRow([c.entity, c.column, c.required ? "required / verplicht" : "optional / optioneel", c.type, c.values?.join(", ") ?? "", c.fallback ?? "", c.example, c.en, c.nl]);
}
readme.columns.forEach((col, i) => { col.width = [16, 18, 20, 30, 40, 14, 30, 50, 50][i]; });

for (const entity of ENTITY_NAMES) {
  const cols = guide.filter((c) => c.entity === entity);
  const sheet = wb.addWorksheet(entity, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = cols.map((c) => ({ header: c.column, key: c.column, width: Math.max(14, Math.min(40, c.example.length + 4, c.column.length + 20)) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  cols.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.required ? "required" : "optional"} · ${c.type}\n${c.en}\n${c.nl}`;
    const letter = sheet.getColumn(i + 1).letter;
    if (c.values) {
      // exceljs writes a range validation through this (untyped) collection; per-cell validations would bloat the file.
      (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${DATA_ROWS}`, {
        type: "list",
        allowBlank: !c.required,
        formulae: [`"${c.values.join(",")}"`],
        showErrorMessage: true,
        errorTitle: c.column,
        error: `${c.values.join(", ")}`,
      });
    }
    if (c.type.startsWith("date")) sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd";
  });
}

await mkdir(join(OUT, "csv"), { recursive: true });
await writeFile(join(OUT, "diagonal-template.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
for (const entity of ENTITY_NAMES) {
  await writeFile(join(OUT, "csv", `${entity}.csv`), `${guide.filter((c) => c.entity === entity).map((c) => c.column).join(",")}\n`);
}
console.log(`wrote ${join(OUT, "diagonal-template.xlsx")} and ${ENTITY_NAMES.length} CSV headers in ${join(OUT, "csv")}`);
