// Moments in the workspace are Brussels time in each language's own format, never raw ISO UTC.
import { describe, expect, it } from "vitest";
import { formatMoment } from "../../src/web/workspace/dates.ts";

describe("workspace dates", () => {
  it("shows a UTC moment in Brussels time, in Dutch and English formats", () => {
    // 17:05 UTC in winter is 18:05 in Brussels; in summer 17:05 UTC is 19:05.
    expect(formatMoment("nl", "2026-12-06T17:05:00Z")).toMatch(/^6 dec\.? 2026,? 18:05$/);
    expect(formatMoment("en", "2026-12-06T17:05:00Z")).toMatch(/^6 Dec 2026,? 18:05$/);
    expect(formatMoment("nl", "2026-07-01T17:05:00Z")).toContain("19:05");
    expect(formatMoment("en", undefined)).toBe("");
  });
});
