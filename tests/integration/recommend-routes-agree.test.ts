// The two recommendation routes agree: a network described to the new-network route (name,
// description, themes, leads) and the same network once stored as a project get the same ranking
// within floating-point noise — on CORDIS-format records (fixtures/cordis-format). The project is
// imported after the run, so this also shows that a project added since the last run is answered
// from the current graph, not with a 404. And descriptions are read leniently: unknown themes are
// ignored with a warning, theme names match in either language, merged ids resolve via aliases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import type { Database } from "../../src/db/connect.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { runAnalysis } from "../../src/services/analysis/index.ts";
import { networksForNewNetwork, networksForProject, partnersForNewNetwork, partnersForProject } from "../../src/services/recommendation-service.ts";
import { readCordis } from "../../src/sources/cordis.ts";
import type { Dataset } from "../../src/schemas/index.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

const DIR = fileURLToPath(new URL("../../fixtures/cordis-format/", import.meta.url));
const WORDS: Record<string, string[]> = {
  "h2020-sc1": ["health", "patients", "clinical", "ageing", "diagnosis"],
  "h2020-sc5": ["climate", "water", "recycling", "emissions", "materials"],
  "h2020-sc6": ["inclusion", "migration", "culture", "citizens", "governance"],
  "h2020-leit": ["photonics", "robotics", "sensors", "manufacturing", "software"],
  "h2020-erc": ["theory", "frontier", "quantum", "genome", "cosmology"],
};

/** Descriptions from each project's programme part, so the text signal has something to work with. */
function withDescriptions(d: Dataset): Dataset {
  const themeOf = new Map(d.projectThemes.map((a) => [a.project, a.theme]));
  d.projects = d.projects.map((p, i) => {
    const w = WORDS[themeOf.get(p.id) ?? ""] ?? ["research"];
    return { ...p, description: `A project on ${w[i % w.length]} and ${w[(i + 2) % w.length]}, with partners working on ${w[(i + 3) % w.length]}.` };
  });
  return d;
}

describe("new-network route and project route", () => {
  let t: TestDb;
  let db: Database;
  let full: Dataset;
  let target: Dataset["projects"][number];

  beforeAll(async () => {
    t = await testDb();
    db = t.db;
    await t.clear();
    full = withDescriptions(await readCordis({ dir: DIR }));
    // The network to describe: one of the older ones with ≥ 3 partners, each in other projects too.
    const projectsOf = new Map<string, number>();
    for (const p of full.participations) projectsOf.set(p.partner, (projectsOf.get(p.partner) ?? 0) + 1);
    const newest = full.projects.map((p) => p.start!).sort().at(-1)!;
    target = full.projects.find((p) => {
      const ps = full.participations.filter((x) => x.project === p.id);
      return p.start! < newest && ps.length >= 3 && ps.every((x) => projectsOf.get(x.partner)! >= 2);
    })!;
    expect(target).toBeDefined();
    const without = { ...full, projects: full.projects.filter((p) => p.id !== target.id), participations: full.participations.filter((p) => p.project !== target.id), projectThemes: full.projectThemes.filter((a) => a.project !== target.id) };
    await importDataset(db, without);
    await runAnalysis(db, { now: "2020-12-14" });
  }, 120_000);
  afterAll(async () => {
    await t.clear();
    await t.close();
  });

  it("rank the same network the same way, described or stored", async () => {
    const parts = full.participations.filter((p) => p.project === target.id).sort((x, y) => (x.role === "promoter" ? -1 : y.role === "promoter" ? 1 : 0));
    const description = {
      name: target.name,
      description: target.description,
      themes: full.projectThemes.filter((a) => a.project === target.id).map((a) => ({ id: a.theme, weight: a.weight })),
      leads: parts.map((p) => p.partner),
      limit: 200,
      now: "2020-12-14",
    };
    const describedPartners = await partnersForNewNetwork(db, description);
    const describedNetworks = await networksForNewNetwork(db, description);
    expect(describedPartners.warnings).toBeUndefined();
    expect(describedPartners.items.length).toBeGreaterThan(5);

    // Entered as a project after the run: found, and answered from the current graph.
    await importDataset(db, { projects: [target], participations: full.participations.filter((p) => p.project === target.id), projectThemes: full.projectThemes.filter((a) => a.project === target.id) });
    const storedPartners = await partnersForProject(db, target.id, { limit: 200, now: "2020-12-14" });
    const storedNetworks = await networksForProject(db, target.id, { limit: 200, now: "2020-12-14" });

    const same = <T extends { score: number }>(a: T[], b: T[], key: (x: T) => string) => {
      expect(a.map(key)).toEqual(b.map(key));
      a.forEach((x, i) => expect(Math.abs(x.score - b[i]!.score)).toBeLessThan(1e-9));
    };
    same(describedPartners.items, storedPartners.items, (x) => x.partnerId);
    same(describedNetworks.items, storedNetworks.items, (x) => x.projectId);
    expect(describedPartners.items.map((x) => x.features)).toEqual(storedPartners.items.map((x) => x.features));
  });

  it("ignores unknown themes with a warning and matches theme names in either language", async () => {
    const byName = await partnersForNewNetwork(db, { themes: ["no such theme", "h2020 HEALTH, demographic change and wellbeing", { id: "H2020 Secure, clean and efficient energy", weight: 0.5 }], limit: 5 });
    expect(byName.warnings).toEqual(['themes: no theme "no such theme" (by id or name); ignored', 'themes: no theme "H2020 Secure, clean and efficient energy" (by id or name); ignored']);
    const byId = await partnersForNewNetwork(db, { themes: ["h2020-sc1"], limit: 5 });
    expect(byName.items.map((i) => i.partnerId)).toEqual(byId.items.map((i) => i.partnerId));
  });

  it("resolves a partner id merged away on import through its alias", async () => {
    const kept = full.partners[0]!;
    // The same organisation under another id and the same name: merged into the stored one.
    const report = await importDataset(db, { partners: [{ ...kept, id: "pic-merged-away" }] });
    expect(report.merged.map((m) => [m.kept, m.merged])).toEqual([[kept.id, "pic-merged-away"]]);
    const viaAlias = await partnersForNewNetwork(db, { leads: ["pic-merged-away"], limit: 5 });
    const direct = await partnersForNewNetwork(db, { leads: [kept.id], limit: 5 });
    expect(viaAlias.warnings).toEqual([`leads: "pic-merged-away" was merged into "${kept.id}"; read as "${kept.id}"`]);
    expect(viaAlias.items).toEqual(direct.items);
    const unknown = await partnersForNewNetwork(db, { leads: ["pic-nobody"], description: "climate" , limit: 5 });
    expect(unknown.warnings).toEqual(['leads: no partner "pic-nobody"; ignored']);
  });
});
