// One record of "partner id X now lives at partner Y", whoever merged: an id an import merged into a
// stored partner and an id a coordinator merged are the same MergedPartner record (who, when, why,
// and what made it), and resolve alike on the partner routes, in the recommender (contacts, a new
// network's leads) and in later imports. A coordinator's merge carries an import's aliases along
// and its undo takes them back; undoing an import removes the records it made.
import { beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/services/import-service.ts";
import { undoImportJob } from "../../src/services/import-jobs.ts";
import { partnerAliases, resolvePartnerId } from "../../src/services/partner-aliases.ts";
import { COORDINATOR_MERGE_REASON, mergePartner, unmergePartner } from "../../src/services/partner-merges.ts";
import { contactsForPartner, partnersForNewNetwork } from "../../src/services/recommendation-service.ts";
import { graphDump, JOURNAL_LABELS } from "../support/graph-dump.ts";
import { useFixtureHarness, type Harness } from "./http-harness.ts";

const KEPT = "hogeschool-leiestad";
/** Merged on import: the same name once "vzw" is set aside. */
const BY_IMPORT = "hl-import";
/** Merged by a coordinator (fixtures/duplicates/import stores it as a partner of its own). */
const BY_HAND = "hs-leiestadt";
const SAME_NAME = "same name after normalisation: hogeschool leiestad";

const csv = (name: string, text: string) => ({ name, data: Buffer.from(text) });
const IMPORT_FILE = [csv("partners.csv", `id,name,kind\n${BY_IMPORT},Hogeschool Leiestad vzw,academic\n`)];

describe("one alias record for partners merged on import and by a coordinator", () => {
  const harness = useFixtureHarness(["fixtures/mvo", "fixtures/duplicates/import"]);
  let h: Harness;
  let firstJob: string;
  let handMerge: string;
  beforeAll(() => { h = harness(); });

  const record = (id: string) =>
    h.test.rows<Record<string, unknown>>(
      "MATCH (a:MergedPartner {id: $id}) RETURN a.mergedInto AS into, a.mergedBy AS by, a.mergeReason AS reason, a.mergeImport AS importJob, a.mergeId AS mergeId, a.mergedAt IS NOT NULL AS at",
      { id },
    );
  const dump = () => graphDump(h.test, [], [...JOURNAL_LABELS, "PartnerMerge"]);

  it("writes the same record for both merges, and never a list on the kept partner", async () => {
    const report = await importFiles(h.db, IMPORT_FILE, { by: "cli:tester" });
    expect(report.merged).toEqual([{ entity: "partners", kept: KEPT, merged: BY_IMPORT, reason: SAME_NAME }]);
    firstJob = report.job!;
    expect(await record(BY_IMPORT)).toEqual([{ into: KEPT, by: "cli:tester", reason: SAME_NAME, importJob: firstJob, mergeId: null, at: true }]);

    const merge = await mergePartner(h.db, KEPT, BY_HAND, { by: "test coordinator" });
    handMerge = merge.id;
    expect(await record(BY_HAND)).toEqual([{ into: KEPT, by: "test coordinator", reason: COORDINATOR_MERGE_REASON, importJob: null, mergeId: merge.id, at: true }]);
    expect(await h.test.rows("MATCH (n) WHERE n.aliases IS NOT NULL RETURN n.id AS id")).toEqual([]);
    expect(await h.test.rows("MATCH (p:Partner) WHERE p.id IN $ids RETURN p.id AS id", { ids: [BY_IMPORT, BY_HAND] })).toEqual([]);
  });

  it("resolves both on the partner routes, in the recommender and through one reader", async () => {
    const aliases = await partnerAliases(h.db);
    // As the command line asks: with the stored contacts model (fitted and stored when none is).
    const direct = await contactsForPartner(h.db, KEPT, { limit: 5 }, "stored");
    const directNetwork = await partnersForNewNetwork(h.db, { leads: [KEPT], description: "talent in kmo's", limit: 5 });
    for (const alias of [BY_IMPORT, BY_HAND]) {
      expect(await resolvePartnerId(h.db, alias)).toBe(KEPT);
      expect(aliases.get(alias)).toBe(KEPT);
      const read = await h.call("public", "GET", `/api/v1/partners/${alias}`);
      expect(read.status, read.text).toBe(200);
      expect(read.json.id).toBe(KEPT);
      expect(read.headers.get("content-location")).toBe(`/api/v1/partners/${KEPT}`);
      const contacts = await h.call("analyst", "GET", `/api/v1/partners/${alias}/recommendations/partners?limit=5`);
      expect(contacts.status, contacts.text).toBe(200);
      expect(contacts.json.partnerId).toBe(KEPT);
      // The recommender resolves the alias itself too (the command line asks it without the route).
      const here = await contactsForPartner(h.db, alias, { limit: 5 }, "stored");
      expect(here).toEqual(direct);
      expect(contacts.json.items).toEqual(JSON.parse(JSON.stringify(direct.items)));
      const described = await partnersForNewNetwork(h.db, { leads: [alias], description: "talent in kmo's", limit: 5 });
      expect(described.items).toEqual(directNetwork.items);
      expect(described.warnings).toEqual([`leads: "${alias}" was merged into "${KEPT}"; read as "${KEPT}"`]);
    }
  });

  it("merges a re-imported old id into the kept partner, keeping its one record", async () => {
    const report = await importFiles(h.db, [...IMPORT_FILE, csv("participations.csv", `partner,project,role\n${BY_IMPORT},ln-lerende-organisatie,observer\n`)], { by: "cli:tester" });
    expect(report.merged).toEqual([{ entity: "partners", kept: KEPT, merged: BY_IMPORT, reason: `merged earlier into ${KEPT}: its id is an alias` }]);
    expect(await h.test.rows("MATCH (:Partner {id: $id})-[r:PARTICIPATES_IN]->(:Project {id: 'ln-lerende-organisatie'}) RETURN r.role AS role", { id: KEPT })).toEqual([{ role: "observer" }]);
    expect(await record(BY_IMPORT)).toEqual([{ into: KEPT, by: "cli:tester", reason: SAME_NAME, importJob: firstJob, mergeId: null, at: true }]);
    expect(await h.test.rows("MATCH (p:Partner {id: $id}) RETURN p", { id: BY_IMPORT })).toEqual([]);
    await undoImportJob(h.db, report.job!, { by: "test" });
  });

  it("carries an import's alias along when a coordinator merges the kept partner, and takes it back on undo", async () => {
    const before = await dump();
    const merge = await mergePartner(h.db, "hogeschool-maasland", KEPT, { by: "test coordinator" });
    expect(merge.moved.aliases).toEqual([BY_IMPORT, BY_HAND]);
    expect(await resolvePartnerId(h.db, BY_IMPORT)).toBe("hogeschool-maasland");
    expect((await partnerAliases(h.db)).get(BY_IMPORT)).toBe("hogeschool-maasland");
    await unmergePartner(h.db, merge.id, { by: "test coordinator" });
    expect(await dump()).toEqual(before);
    expect(await resolvePartnerId(h.db, BY_IMPORT)).toBe(KEPT);
  });

  it("undoes the coordinator's merge exactly, the import's alias staying", async () => {
    await unmergePartner(h.db, handMerge, { by: "test coordinator" });
    expect(await record(BY_HAND)).toEqual([]);
    expect(await resolvePartnerId(h.db, BY_HAND)).toBe(BY_HAND);
    expect(await h.test.rows("MATCH (p:Partner {id: $id})-[:PARTICIPATES_IN]->(x:Project) RETURN x.id AS x", { id: BY_HAND })).toEqual([{ x: "ln-lerende-organisatie" }]);
    // No property of the record is left on the partner it was.
    const [props] = await h.test.rows<{ keys: string[] }>("MATCH (p:Partner {id: $id}) RETURN keys(p) AS keys", { id: BY_HAND });
    expect(props!.keys.filter((k) => k.startsWith("merge"))).toEqual([]);
    expect(await resolvePartnerId(h.db, BY_IMPORT)).toBe(KEPT);
  });

  it("removes the records an import made when that import is undone, staged or in one transaction", async () => {
    for (const stagedAbove of [0, undefined]) {
      const before = await dump();
      const report = await importFiles(h.db, [csv("partners.csv", "id,name,kind\nbv-import,Bouwgroep Vandamme NV,company\n")], { by: "cli:tester", ...(stagedAbove === undefined ? {} : { stagedAbove }) });
      expect(report.merged.map((m) => [m.kept, m.merged])).toEqual([["bouw-vandamme", "bv-import"]]);
      expect(await resolvePartnerId(h.db, "bv-import")).toBe("bouw-vandamme");
      expect((await record("bv-import"))[0]?.importJob).toBe(report.job);
      const dry = await undoImportJob(h.db, report.job!, { by: "test", dryRun: true });
      expect(dry.steps.find((s) => s.kind === "created-partner-aliases")?.first).toEqual(["bv-import"]);
      await undoImportJob(h.db, report.job!, { by: "test" });
      expect(await record("bv-import")).toEqual([]);
      expect(await dump()).toEqual(before);
    }
  });

  it("gives an alias of a deleted partner, merged again on import, to the new partner; the undo restores the old record", async () => {
    // hs-leiestadt is a partner again: merge it into schakel-gent, then delete that one.
    const merge = await mergePartner(h.db, "schakel-gent", BY_HAND, { by: "test coordinator" });
    expect((await h.call("coordinator", "DELETE", "/api/v1/partners/schakel-gent")).status).toBe(204);
    expect((await h.call("public", "GET", `/api/v1/partners/${BY_HAND}`)).status).toBe(404);
    const before = await dump();
    const report = await importFiles(h.db, [csv("partners.csv", `id,name,kind\n${BY_HAND},Hogeschool Leiestad,academic\n`)], { by: "cli:tester" });
    expect(report.merged).toEqual([{ entity: "partners", kept: KEPT, merged: BY_HAND, reason: SAME_NAME }]);
    expect(await record(BY_HAND)).toEqual([{ into: KEPT, by: "cli:tester", reason: SAME_NAME, importJob: report.job, mergeId: null, at: true }]);
    expect(await resolvePartnerId(h.db, BY_HAND)).toBe(KEPT);
    await undoImportJob(h.db, report.job!, { by: "test" });
    expect(await dump()).toEqual(before);
    expect((await record(BY_HAND))[0]).toMatchObject({ into: "schakel-gent", mergeId: merge.id, importJob: null });
  });

  it("merges a partner stored again under an old alias: the new record counts, the old one stays, the undo is exact", async () => {
    const created = await h.call("coordinator", "POST", "/api/v1/partners", { id: BY_HAND, name: "Hogeschool Leiestadt", kind: "academic" });
    expect(created.status, created.text).toBe(201);
    expect(await resolvePartnerId(h.db, BY_HAND)).toBe(BY_HAND);
    const before = await dump();
    const merge = await mergePartner(h.db, KEPT, BY_HAND, { by: "test coordinator" });
    expect((await record(BY_HAND)).map((r) => r.into).sort()).toEqual([KEPT, "schakel-gent"]);
    expect(await resolvePartnerId(h.db, BY_HAND)).toBe(KEPT);
    expect((await partnerAliases(h.db)).get(BY_HAND)).toBe(KEPT);
    const again = await importFiles(h.db, [csv("partners.csv", `id,name,kind\n${BY_HAND},Hogeschool Leiestadt,academic\n`)], { by: "cli:tester" });
    expect(again.merged).toEqual([{ entity: "partners", kept: KEPT, merged: BY_HAND, reason: `merged earlier into ${KEPT}: its id is an alias` }]);
    await undoImportJob(h.db, again.job!, { by: "test" });
    await unmergePartner(h.db, merge.id, { by: "test coordinator" });
    expect(await dump()).toEqual(before);
  });
});
