// The CORDIS H2020 mapping on a few hand-made rows: kinds, roles, statuses, themes, de-duplication,
// and that what it produces passes the import schemas.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readCordis } from "../../src/sources/cordis.ts";
import { ENTITY_NAMES, ENTITY_SCHEMAS } from "../../src/schemas/index.ts";

const HEADER = "rcn,role,pic,type,contribution,country,start_date,end_date,max_contribution,total_cost,start_year,end_year,duration,group,nunique";
const PARTICIPATIONS = [
  HEADER,
  "100,coordinator,900000001,PRC,1000,BE,2016-01-01,2019-12-31,5000,6000,2016,2019,48,eu15,2",
  "100,participant,900000002,HES,2000,PL,2016-01-01,2019-12-31,5000,6000,2016,2019,48,eu13,2",
  "100,participant,900000002,HES,500,PL,2016-01-01,2019-12-31,5000,6000,2016,2019,48,eu13,2",
  "200,coordinator,900000002,HES,3000,PL,2019-06-01,2023-05-31,3000,3000,2019,2023,48,eu13,2",
  "200,partner,900000003,PUB,0,NO,2019-06-01,2023-05-31,3000,3000,2019,2023,48,ac,2",
  "300,coordinator,900000004,OTH,10,US,2021-02-01,2022-01-31,10,10,2021,2022,12,tc,1",
  "300,participant,900000005,REC,10,BE,2021-02-01,2022-01-31,10,10,2021,2022,12,eu15,1",
  "400,coordinator,900000006,HES,10,UK,NA,NA,10,10,NA,NA,NA,eu15,1",
].join("\n");
const PARTS = ["rcn,programme_part", "100,SC6", "200,Innovation in SMEs", "200,SC6", "300,ERC", "400,ERC", "999,ERC"].join("\n");

describe("readCordis", () => {
  const dir = mkdtempSync(join(tmpdir(), "cordis-"));
  writeFileSync(join(dir, "h2020_participations.csv.gz"), gzipSync(PARTICIPATIONS));
  writeFileSync(join(dir, "programme_parts.csv.gz"), gzipSync(PARTS));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("maps projects, organisations, programme parts and participations", async () => {
    const d = await readCordis({ dir });
    expect(d.projects.map((p) => [p.id, p.start, p.end, p.status])).toEqual([
      ["h2020-100", "2016-01-01", "2019-12-31", "completed"],
      ["h2020-200", "2019-06-01", "2023-05-31", "active"],
      ["h2020-300", "2021-02-01", "2022-01-31", "planned"],
    ]);
    expect(d.partners.map((p) => [p.id, p.kind, p.region])).toEqual([
      ["pic-900000001", "company", "BE"],
      ["pic-900000002", "academic", "PL"],
      ["pic-900000003", "government", "NO"],
      ["pic-900000004", "other", "US"],
      ["pic-900000005", "academic", "BE"],
    ]);
    // The duplicated row of pic 900000002 in project 100 gives one participation.
    expect(d.participations.map((p) => `${p.partner}>${p.project}:${p.role}`)).toEqual([
      "pic-900000001>h2020-100:promoter",
      "pic-900000002>h2020-100:partner",
      "pic-900000002>h2020-200:promoter",
      "pic-900000003>h2020-200:partner",
      "pic-900000004>h2020-300:promoter",
      "pic-900000005>h2020-300:partner",
    ]);
    expect(d.themes.map((t) => t.id)).toEqual(["h2020-sc6", "h2020-innovation-in-smes", "h2020-erc"]);
    expect(d.themes[0]!.nameEn).toMatch(/inclusive, innovative and reflective societies/);
    // Project 400 has no dates ("NA") and is left out with its rows; project 999 has a programme
    // part but no participations: it is not invented.
    expect(d.projectThemes.map((a) => `${a.project}>${a.theme}`)).toEqual([
      "h2020-100>h2020-sc6", "h2020-200>h2020-innovation-in-smes", "h2020-200>h2020-sc6", "h2020-300>h2020-erc",
    ]);
  });

  it("produces rows that pass the import schemas", async () => {
    const d = await readCordis({ dir });
    for (const name of ENTITY_NAMES) for (const row of d[name]) expect(ENTITY_SCHEMAS[name].safeParse(row).success, `${name} ${JSON.stringify(row)}`).toBe(true);
  });

  it("stops at maxProjects", async () => {
    const d = await readCordis({ dir, maxProjects: 1 });
    expect(d.projects.map((p) => p.id)).toEqual(["h2020-100"]);
    expect(d.participations).toHaveLength(2);
    expect(d.projectThemes).toHaveLength(1);
  });
});
