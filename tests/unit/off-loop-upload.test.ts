// Which uploads are imported in a worker thread: 256 KB or more in all, an XLSX file (zipped XML,
// about ten times its size in cells) counted ten times.
import { describe, expect, it } from "vitest";
import { OFF_LOOP_UPLOAD_BYTES, uploadWeight } from "../../src/services/off-loop/upload-import.ts";

const file = (name: string, bytes: number) => ({ name, bytes });

describe("uploadWeight", () => {
  it("counts CSV and JSON by their bytes, XLSX ten times", () => {
    expect(uploadWeight([file("projects.csv", 1000), file("dataset.json", 500)])).toBe(1500);
    expect(uploadWeight([file("network.XLSX", 1000)])).toBe(10_000);
  });

  it("sends a 30 KB workbook to the worker, not a 30 KB CSV", () => {
    expect(uploadWeight([file("network.xlsx", 30 * 1024)])).toBeGreaterThanOrEqual(OFF_LOOP_UPLOAD_BYTES);
    expect(uploadWeight([file("partners.csv", 30 * 1024)])).toBeLessThan(OFF_LOOP_UPLOAD_BYTES);
  });
});
