// CSV cells a spreadsheet would run as a formula are neutralised with a leading apostrophe; other
// text and all numbers stay as they are.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseCell, safeCsv } from "../../src/exports/csv-cell.ts";

describe("CSV cells", () => {
  it("neutralises text that starts like a formula (OWASP: = + - @ tab CR)", () => {
    for (const v of ["=1+1", "+31 20", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x","y")']) expect(neutraliseCell(v)).toBe(`'${v}`);
    for (const v of ["Netwerk", "a=b", "", " =x", "'quoted"]) expect(neutraliseCell(v)).toBe(v);
  });
  it("keeps numbers as numbers and quotes as RFC 4180 says", () => {
    const csv = safeCsv([[-0.5, "-0.5", "=cmd|' /C calc'!A0", 'say "hi", then go']], { header: true, columns: ["n", "s", "f", "q"] });
    expect(parse(csv)).toEqual([["n", "s", "f", "q"], ["-0.5", "'-0.5", "'=cmd|' /C calc'!A0", 'say "hi", then go']]);
  });
});
