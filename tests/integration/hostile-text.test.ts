// Text that could be turned against its reader. Control characters are refused at every entry
// point (the importer, the HTTP API, the CLI's flags go through the same schemas) with a message
// naming the field; text already stored with them (written before the rule, or by other means) is
// dropped from the XML exports, which a strict XML 1.0 parser (saxes) then reads without error;
// CSV cells that would start a spreadsheet formula are neutralised in every table.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { SaxesParser } from "saxes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatProblem, importPath, ImportValidationError } from "../../src/services/import-service.ts";
import { decideSuggestion, getSuggestions, runAnalysis } from "../../src/services/analysis/index.ts";
import { buildExport } from "../../src/services/export-service.ts";
import { buildReport } from "../../src/services/reports/report-service.ts";
import { CSV_TABLES } from "../../src/schemas/report.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const FIXTURES = new URL("../../fixtures/mvo/", import.meta.url).pathname;
const FORMULA = /^[=+\-@\t\r]/;

/** Parses the whole document as XML 1.0 with namespaces; throws on the first well-formedness error. */
function strictXml(doc: string): number {
  const parser = new SaxesParser({ xmlns: true });
  let elements = 0;
  parser.on("error", (e) => { throw e; });
  parser.on("opentag", () => { elements++; });
  parser.write(doc).close();
  return elements;
}

describe("hostile text", () => {
  let h: Harness;
  const dirs: string[] = [];
  const snapshot = () => h.test.rows("MATCH (n) WHERE NOT n:DiagonalTestMarker OPTIONAL MATCH (n)-[r]->(m) RETURN labels(n)[0] AS l, properties(n) AS p, type(r) AS t, m.id AS m ORDER BY l, p.id, t, m");

  beforeAll(async () => {
    h = await startHarness();
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, FIXTURES);
  });
  afterAll(async () => {
    await h.test.clear();
    await h.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("refuses control characters in an imported file, naming the file, row and column, and writes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "diagonal-hostile-"));
    dirs.push(dir);
    await writeFile(join(dir, "projects.csv"), `id,name,start,description\nhostile-1,"Netwerk\u0000Nul",2024-01-01,ok\nhostile-2,Netwerk Twee,2024-01-01,"line one\r\nline two\ttabbed"\n`);
    await writeFile(join(dir, "partners.csv"), `id,name,kind\nhostile-p,"Partner \ufffe",ngo\n`);
    const before = await snapshot();
    const err = await importPath(h.db, dir).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ImportValidationError);
    const lines = (err as ImportValidationError).problems.map(formatProblem);
    expect(lines.some((l) => /projects\.csv/.test(l) && /name/.test(l) && /U\+0000/.test(l))).toBe(true);
    expect(lines.some((l) => /partners\.csv/.test(l) && /name/.test(l) && /U\+FFFE/.test(l))).toBe(true);
    // A long text keeps its tab and its line break (CR LF becomes LF): no problem on row 2.
    expect(lines.some((l) => /description/.test(l))).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses control characters and unpaired surrogates over HTTP with a 400 naming the field", async () => {
    const nul = await h.call("coordinator", "POST", "/api/v1/projects", { id: "hostile-3", name: "Netwerk\u0007", start: "2024-01-01" });
    expect(nul.status).toBe(400);
    expect(JSON.stringify(nul.json)).toMatch(/name.*U\+0007/);
    // JSON can spell a lone surrogate as an escape; the body below is sent as bytes.
    const lone = await h.call("coordinator", "POST", "/api/v1/projects", '{"id":"hostile-4","name":"ok","start":"2024-01-01","description":"half \\ud800 a pair"}');
    expect(lone.status).toBe(400);
    expect(JSON.stringify(lone.json)).toMatch(/description.*surrogate/);
    expect((await h.test.rows("MATCH (p:Project) WHERE p.id STARTS WITH 'hostile' RETURN p.id"))).toHaveLength(0);
  });

  it("writes well-formed XML and formula-free CSV from stored hostile text", async () => {
    // Text stored before the input rule existed, or written into Neo4j by other means.
    await h.test.rows(`MATCH (p:Project {id: 'ln-talent-kmo'}) SET p.name = '=HYPERLINK("http://evil.example","klik")' + char0
      WITH p MATCH (pa:Partner) WITH pa LIMIT 1 SET pa.name = '@SUM(1+1)' + ctl + ' nv'`
      .replace("char0", "'\u0000\u0001\ufffe'").replace("ctl", "'\u001b'"));
    const run = await runAnalysis(h.db, { seed: 5 });
    expect(run.id).toBeTruthy();
    const [s] = await getSuggestions(h.db, { limit: 1 });
    await decideSuggestion(h.db, s!.id, "reject", "-1 is what we thought of it\n+ more");

    for (const format of ["gexf", "graphml"] as const) {
      const body = String((await buildExport(h.db, { format })).body);
      expect(() => strictXml(body), format).not.toThrow();
      expect(strictXml(body)).toBeGreaterThan(100);
      expect(body).toContain("=HYPERLINK(");
    }
    for (const table of CSV_TABLES) {
      const csv = String((await buildExport(h.db, { format: "csv", table })).body);
      const rows: string[][] = parseCsv(csv);
      expect(rows.length, table).toBeGreaterThan(1);
      for (const row of rows) for (const cell of row) if (!/^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell)) expect(cell, `${table}: ${cell}`).not.toMatch(FORMULA);
    }
    const decisions = String((await buildExport(h.db, { format: "csv", table: "decisions" })).body);
    expect(decisions).toContain("'-1 is what we thought of it");
    for (const format of ["html", "md"] as const) {
      const report = await buildReport(h.db, { kind: "health", format, lang: "nl" });
      expect(String(report.body)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
    }
  });
});
