// The illustrative dataset in fixtures/mvo: every row passes its schema, every reference points to a
// row that exists, and it has the size and coverage the demo and the analysis tests rely on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTITY_NAMES, ENTITY_SCHEMAS } from "../../src/schemas/index.ts";
import { loadMvoFixture } from "./fixture-dataset.ts";

const DIR = new URL("../../fixtures/mvo/", import.meta.url);

const load = loadMvoFixture;

describe("fixtures/mvo", () => {
  const d = load();

  it("has headers equal to the schema keys", () => {
    for (const name of ENTITY_NAMES) {
      const header = readFileSync(new URL(`${name}.csv`, DIR), "utf8").split("\n")[0]!.trim().split(",");
      const schema = ENTITY_SCHEMAS[name] as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape: Record<string, unknown> } } };
      const keys = Object.keys(schema.shape ?? schema.def?.in?.shape ?? {});
      expect(header.sort(), name).toEqual(keys.sort());
    }
  });

  it("has the size the issue asks for and uses every theme", () => {
    expect(d.projects.length).toBeGreaterThanOrEqual(12);
    expect(d.partners.length).toBeGreaterThanOrEqual(80);
    expect(d.outcomes.length).toBeGreaterThanOrEqual(40);
    const used = new Set(d.projectThemes.map((t) => t.theme));
    expect([...used].sort()).toEqual(d.themes.map((t) => t.id).sort());
  });

  it("has unique ids and references that resolve", () => {
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const [themes, projects, partners] = [ids(d.themes), ids(d.projects), ids(d.partners)];
    expect(themes.size).toBe(d.themes.length);
    expect(projects.size).toBe(d.projects.length);
    expect(partners.size).toBe(d.partners.length);
    expect(ids(d.outcomes).size).toBe(d.outcomes.length);
    for (const o of d.outcomes) {
      expect(projects.has(o.project), o.id).toBe(true);
      for (const t of o.themes) expect(themes.has(t), `${o.id} → ${t}`).toBe(true);
    }
    for (const a of d.projectThemes) expect(projects.has(a.project) && themes.has(a.theme), `${a.project}/${a.theme}`).toBe(true);
    for (const p of d.participations) expect(projects.has(p.project) && partners.has(p.partner), `${p.partner}/${p.project}`).toBe(true);
    for (const c of d.collaborations) expect(projects.has(c.from) && projects.has(c.to), `${c.from}/${c.to}`).toBe(true);
  });

  it("covers every partner kind, north and south, and every network has a promoter", () => {
    expect(new Set(d.partners.map((p) => p.kind)).size).toBe(9);
    expect(d.partners.some((p) => p.activeIn === "south")).toBe(true);
    expect(d.partners.some((p) => p.activeIn === "both")).toBe(true);
    for (const p of d.projects) expect(d.participations.some((x) => x.project === p.id && x.role === "promoter"), p.id).toBe(true);
  });

  it("contains the near-duplicate partners the importer merges", () => {
    const byNumber = new Map<string, string[]>();
    for (const p of d.partners) if (p.enterpriseNumber) byNumber.set(p.enterpriseNumber, [...(byNumber.get(p.enterpriseNumber) ?? []), p.id]);
    expect([...byNumber.values()].filter((v) => v.length > 1)).toEqual([["scheldechemie", "scheldechemie-site-noord"]]);
    const names = d.partners.filter((p) => /kringloopcentrum antwerpen/i.test(p.name)).map((p) => p.id);
    expect(names).toEqual(["kringloop-antwerpen", "kringloop-antwerpen-vzw"]);
  });
});
