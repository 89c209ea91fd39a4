// Import problems as message ids: files a coordinator gets wrong in many ways give problems whose
// id and parameters the catalogue says in English exactly as the importer wrote them, and in Dutch
// without an English word; none falls back to the English text.
import { describe, expect, it } from "vitest";
import { nothingStored, planImport } from "../../src/importer/plan-import.ts";
import { formatProblem, type ImportProblem } from "../../src/importer/problems.ts";
import { readSources } from "../../src/importer/read-sources.ts";
import { validateTables } from "../../src/importer/validate-tables.ts";
import { importProblemMessage, importProblemText } from "../../src/schemas/import-problem-messages.ts";

const file = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });

/** The line as the importer wrote it (its place and message), without the catalogue. */
function written(p: ImportProblem): string {
  const isJson = /\.json$/i.test(p.file);
  let where = p.file;
  if (p.sheet) where += isJson ? ` › ${p.sheet}` : ` [sheet ${p.sheet}]`;
  if (p.row !== undefined) where += isJson ? ` item ${p.row}` : ` row ${p.row}`;
  if (p.column) where += `${p.row !== undefined ? "," : ""} column ${p.column}`;
  return `${where}: ${p.message}`;
}

/** Problems and warnings of many broken files: cells, columns, files, references. */
async function brokenImport(): Promise<ImportProblem[]> {
  const read = await readSources([
    file("projects.csv", [
      "id,name,status,start,end,website,colour,",
      "p1,Een,running,2023-13-45,,https://ok.example.org,,",
      "p1,Twee,bezig,2020,2019,ftp://nope,,x",
      "p 3,,active,2021-01-01,,,,",
      "p4,Vier,active,2021-01-01,2022-02-30,,,",
    ].join("\n")),
    file("themes.csv", "id,nameNl\nt1,Circulair\n"),
    file("participations.csv", "partner,project,role\nonbekend,p1,partner\n"),
    file("outcomes.json", JSON.stringify([{ id: "o1", title: ["een", "lijst"], project: "p1", kind: "tool" }, "los"])),
    file("collaborations.csv", "from,to,since\np1,p1,2020\n"),
    file("notes.txt", "hello"),
    file("sponsors.csv", "id,name\ns1,Sponsor\n"),
    file("partners.csv", "id|name|kind\n"),
    file("broken.csv", 'id,name\n"p9,unclosed\n'),
  ]);
  const v = validateTables(read.tables);
  const plan = planImport(v.rows, nothingStored());
  return [...read.problems, ...read.warnings, ...v.problems, ...v.warnings, ...plan.problems, ...plan.warnings];
}

describe("import problems as message ids", () => {
  it("names every problem of a broken import by an id the catalogue knows, in English as written and in Dutch", async () => {
    const problems = await brokenImport();
    expect(problems.length).toBeGreaterThan(12);
    const ids = new Set<string>();
    for (const p of problems) {
      expect(p.messageId, written(p)).toBeDefined();
      expect(p.messageId, written(p)).not.toBe("import.other");
      expect(p.params?.note, written(p)).not.toBe("note.other");
      ids.add(p.messageId!);
      // The English line from the catalogue is the importer's own, word for word.
      expect(importProblemText("en", p.messageId!, p.params!)).toBe(written(p));
      expect(formatProblem(p)).toBe(written(p));
      const nl = importProblemText("nl", p.messageId!, p.params!)!;
      expect(nl, written(p)).not.toMatch(/\b(expected|got|row|column|sheet|unknown|missing|nothing|the|and)\b/);
    }
    expect(ids.size).toBeGreaterThan(8);
  });

  it("gives the place, the field, what was expected and what was received as parameters", async () => {
    const p = (await brokenImport()).find((x) => x.row === 2 && x.column === "start")!;
    expect(p.messageId).toBe("import.date");
    expect(p.params).toEqual({ file: "projects.csv", row: 2, field: "start", received: '"2023-13-45"' });
    expect(importProblemText("nl", p.messageId!, p.params!)).toBe('projects.csv rij 2, kolom start: verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ, maar kreeg "2023-13-45"');
  });

  it("translates what was given, the entity and the note's parameters", () => {
    const list = importProblemMessage({ file: "outcomes.json", sheet: "outcomes", row: 1, column: "title" }, "expected text, got a list");
    expect(list).toEqual({ messageId: "import.text", params: { file: "outcomes.json", sheet: "outcomes", row: 1, field: "title", given: "a list" } });
    expect(importProblemText("nl", list.messageId, list.params)).toBe("outcomes.json › outcomes element 1, kolom title: verwacht tekst, maar kreeg een lijst");
    const unknown = importProblemMessage({ file: "participations.csv", row: 2, column: "partner" }, "expected a partner id that is in the import's partners or already stored", '"x"', "unknown partner");
    expect(importProblemText("nl", unknown.messageId, unknown.params)).toBe('participations.csv rij 2, kolom partner: verwacht de id van een partner uit de import (partners) of een die al opgeslagen is, maar kreeg "x" (partner niet gevonden)');
    const other = importProblemMessage({ file: "x.csv" }, "expected something new", undefined, "a new note");
    expect(other).toEqual({ messageId: "import.other", params: { file: "x.csv", expected: "expected something new", note: "note.other", noteText: "a new note" } });
    expect(importProblemText("en", other.messageId, other.params)).toBe("x.csv: expected something new (a new note)");
  });
});
