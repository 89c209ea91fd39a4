// The seeded generator: deterministic, valid against the import schemas, planted structure present.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/generator/generate.ts";
import { writeDatasetCsv } from "../../src/generator/write-csv.ts";
import { ENTITY_NAMES, ENTITY_SCHEMAS } from "../../src/schemas/index.ts";

describe("generateDataset", () => {
  it("gives identical output for the same seed and different output for another seed", () => {
    const a = generateDataset({ projects: 300, seed: 42 });
    const b = generateDataset({ projects: 300, seed: 42 });
    const c = generateDataset({ projects: 300, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c.dataset.participations)).not.toBe(JSON.stringify(a.dataset.participations));
  });

  it("produces rows that pass the entity schemas unchanged, with consistent references", () => {
    const { dataset } = generateDataset({ projects: 400, seed: "valid", groups: 12 });
    for (const name of ENTITY_NAMES) {
      for (const row of dataset[name]) {
        const parsed = ENTITY_SCHEMAS[name].safeParse(row);
        expect(parsed.success, `${name} ${JSON.stringify(row)}`).toBe(true);
        expect(parsed.data).toEqual(row);
      }
    }
    const projects = new Set(dataset.projects.map((p) => p.id));
    const partners = new Set(dataset.partners.map((p) => p.id));
    const themes = new Set(dataset.themes.map((t) => t.id));
    expect(dataset.participations.every((p) => projects.has(p.project) && partners.has(p.partner))).toBe(true);
    expect(dataset.projectThemes.every((a) => projects.has(a.project) && themes.has(a.theme))).toBe(true);
    expect(dataset.outcomes.every((o) => projects.has(o.project) && o.themes.every((t) => themes.has(t)))).toBe(true);
    expect(new Set(dataset.participations.map((p) => `${p.partner}|${p.project}`)).size).toBe(dataset.participations.length);
  });

  it("scales: ~8 partners and ~1.5 outcomes per project, the call's 8 themes first, sub-themes beyond", () => {
    for (const n of [1000, 4000]) {
      const { dataset, truth } = generateDataset({ projects: n, seed: 1 });
      expect(dataset.projects).toHaveLength(n);
      expect(dataset.participations.length / n).toBeGreaterThan(7);
      expect(dataset.participations.length / n).toBeLessThan(9);
      expect(dataset.outcomes.length / n).toBeGreaterThan(1.35);
      expect(dataset.outcomes.length / n).toBeLessThan(1.65);
      expect(Object.keys(truth.groupOf)).toHaveLength(n);
      expect(new Set(Object.values(truth.groupOf)).size).toBe(Math.round(n / 40));
      expect(dataset.themes.slice(0, 8).map((t) => t.id)).toEqual([
        "talent-development", "learning-organisation", "transparency", "company-neighbourhood",
        "north-south", "company-size", "social-dialogue", "social-regular-economy",
      ]);
      expect(dataset.themes).toHaveLength(Math.round(n / 40));
    }
  });

  it("plants complementary pairs on a shared theme with partners from opposite sides", () => {
    const { dataset, truth } = generateDataset({ projects: 400, seed: 5, groups: 10 });
    expect(truth.complementaryPairs).toHaveLength(10);
    const kinds = new Map(dataset.partners.map((p) => [p.id, p.kind]));
    const partnersOf = (project: string) => dataset.participations.filter((p) => p.project === project).map((p) => kinds.get(p.partner));
    const social = truth.plantedPairs.find((p) => p.axis === "social-regular")!;
    const sides = [partnersOf(social.a), partnersOf(social.b)].map((ks) => (ks.every((k) => k === "social-economy") ? "social" : ks.every((k) => k === "sme" || k === "company") ? "regular" : "mixed"));
    expect(sides.sort()).toEqual(["regular", "social"]);
    const themesOf = (project: string) => dataset.projectThemes.filter((a) => a.project === project).map((a) => a.theme);
    for (const p of truth.plantedPairs) {
      expect(themesOf(p.a)).toContain(p.theme);
      expect(themesOf(p.b)).toContain(p.theme);
      expect(truth.groupOf[p.a]).toBe(truth.groupOf[p.b]);
    }
  });

  it("holds out a seeded share of participations", () => {
    const full = generateDataset({ projects: 500, seed: 9 });
    const held = generateDataset({ projects: 500, seed: 9, holdOut: 0.1 });
    const share = held.truth.heldOut!.length / full.dataset.participations.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    expect(held.dataset.participations.length + held.truth.heldOut!.length).toBe(full.dataset.participations.length);
  });

  it("rejects bad options with a message naming the option", () => {
    expect(() => generateDataset({ projects: 1, seed: 1 })).toThrow("diagonal/generate: projects must be an integer ≥ 2, got 1");
    expect(() => generateDataset({ projects: 10, seed: 1, groups: 11 })).toThrow("groups (11) must not exceed projects (10)");
    expect(() => generateDataset({ projects: 10, seed: 1, holdOut: 1 })).toThrow("holdOut must be in [0, 1)");
  });

  it("writes CSV files the import schemas accept, plus truth.json", async () => {
    const dir = await mkdtemp(join(tmpdir(), "diagonal-gen-"));
    try {
      const { dataset, truth } = generateDataset({ projects: 60, seed: 3 });
      await writeDatasetCsv(dir, dataset, truth);
      expect((await readdir(dir)).sort()).toEqual([...ENTITY_NAMES.map((n) => `${n}.csv`), "truth.json"].sort());
      for (const name of ENTITY_NAMES) {
        const rows = parse(await readFile(join(dir, `${name}.csv`)), { columns: true }) as Record<string, string>[];
        expect(rows).toHaveLength(dataset[name].length);
        // A blank cell means "absent" (partnerSchema's optional size rejects "" itself).
        const present = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ""));
        for (const [i, row] of rows.entries()) expect(ENTITY_SCHEMAS[name].parse(present(row))).toEqual(dataset[name][i]);
      }
      expect(JSON.parse(await readFile(join(dir, "truth.json"), "utf8")).groupOf).toEqual(truth.groupOf);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
