// The view a map link carries in its hash (selection, camera, filters, year, suggestions toggle):
// what is written reads back the same, anything malformed is dropped rather than trusted, and the
// year rule keeps a network from its start year to its end year. Also: what `npm start` prints last.
import { describe, expect, it } from "vitest";
import { networkPasses, parseViewState, standsIn, writeViewState, yearRange } from "../../src/web/map/view-state.ts";
import { nextSteps } from "../../src/http/first-run.ts";
import type { MapData } from "../../src/schemas/maps.ts";

describe("map view state in the URL's hash", () => {
  it("reads back what it wrote", () => {
    const state = { selected: "project:ln-a", camera: { x: 0.5, y: 0.25, ratio: 1.2 }, community: "c3", theme: "talent-development", status: "active", kind: "project", year: 2021, suggestions: false };
    expect(parseViewState(writeViewState(state))).toEqual(state);
    expect(writeViewState({})).toBe("");
  });

  it("drops malformed parts", () => {
    expect(parseViewState("#selected=%3Cscript%3E&camera=1,2&year=12&theme=ok-1&suggestions=maybe")).toEqual({ theme: "ok-1" });
  });

  it("a network stands in a year from its start year to its end year; filters combine", () => {
    expect(standsIn({ start: "2020-05", end: "2022" }, 2019)).toBe(false);
    expect(standsIn({ start: "2020-05", end: "2022" }, 2020)).toBe(true);
    expect(standsIn({ start: "2020-05", end: "2022" }, 2022)).toBe(true);
    expect(standsIn({ start: "2020-05", end: "2022" }, 2023)).toBe(false);
    expect(standsIn({}, 1990)).toBe(true);
    const a = { kind: "project" as const, label: "A", x: 0, y: 0, size: 4, color: "#000", group: "c1", status: "active", themes: ["t"], start: "2019" };
    expect(networkPasses(a, { community: "c1", theme: "t", status: "active", year: 2020 })).toBe(true);
    expect(networkPasses(a, { theme: "u" })).toBe(false);
    expect(networkPasses(a, { year: 2018 })).toBe(false);
  });

  it("the slider spans the earliest start to the latest end, or this year while a network runs", () => {
    const node = (start: string, end?: string) => ({ key: start, attributes: { kind: "project" as const, label: "x", x: 0, y: 0, size: 1, color: "#000", group: "c0", start, ...(end ? { end } : {}) } });
    const data = (nodes: ReturnType<typeof node>[]) => ({ nodes } as unknown as MapData);
    expect(yearRange(data([node("2015", "2018"), node("2017-03", "2020")]), 2026)).toEqual({ min: 2015, max: 2020 });
    expect(yearRange(data([node("2015", "2018"), node("2017-03")]), 2026)).toEqual({ min: 2015, max: 2026 });
  });
});

describe("first run", () => {
  it("npm start ends with the workspace URL and the command that makes an admin token", () => {
    const text = nextSteps("http://127.0.0.1:3000");
    expect(text).toContain("http://127.0.0.1:3000/workspace");
    expect(text).toContain("npm run diagonal -- token create --role admin");
  });
});
