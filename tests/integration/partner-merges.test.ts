// Duplicate organisations against a real Neo4j: the import report lists the fixture's misspelled
// name, shared website domain and reformatted enterprise number without merging them; a merge moves
// participations, leaves decisions consistent and makes the dropped id an alias that resolves (HTTP,
// import rows); an undo restores the graph exactly.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importFiles, importPath } from "../../src/services/import-service.ts";
import { mergePartner, storedDuplicates, unmergePartner } from "../../src/services/partner-merges.ts";
import { resolvePartnerId } from "../../src/services/partner-aliases.ts";
import { graphDump } from "../support/graph-dump.ts";
import { startHarness, type Harness } from "./http-harness.ts";

const LEGACY = JSON.parse(readFileSync("fixtures/duplicates/legacy-partners.json", "utf8")) as Record<string, unknown>[];
/** "x ~ y: signals", the two ids in alphabetical order (which side is a or b does not matter). */
const pairsOf = (list: { a: { id: string }; b: { id: string }; signals: string[] }[]) => list.map((c) => `${[c.a.id, c.b.id].sort().join(" ~ ")}: ${c.signals.join(",")}`).sort();
const EXPECTED = [
  "bouw-vandamme ~ vandamme-bouw: same-enterprise-number",
  "hogeschool-leiestad ~ hs-leiestadt: similar-name",
  "maatwerk-de-schakel ~ schakel-gent: same-website",
];
/** The graph without the merge records, which stay as the audit after an undo. */
const dumpWithoutAudit = async (h: Harness) => {
  const d = await graphDump(h.test);
  return { nodes: d.nodes.filter((n) => !n.includes('"PartnerMerge"')), relationships: d.relationships };
};
const participations = (h: Harness, id: string) =>
  h.test.rows<{ p: string; role: string }>("MATCH (:Partner {id: $id})-[r:PARTICIPATES_IN]->(p:Project) RETURN p.id AS p, r.role AS role ORDER BY p", { id });

describe("duplicate organisations", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  beforeEach(async () => {
    await h.test.clear();
    await h.newTokens();
    await importPath(h.db, "fixtures/mvo");
    // A partner stored before enterprise numbers were written in one spelling.
    await h.test.rows("UNWIND $rows AS row CREATE (p:Partner) SET p = row", { rows: LEGACY });
  });
  afterAll(async () => { await h.test.clear(); await h.close(); });

  it("lists the fixture's likely duplicates in the import report, dry run included, and merges none", async () => {
    const before = await graphDump(h.test);
    const dry = await importPath(h.db, "fixtures/duplicates/import", { dryRun: true });
    expect(pairsOf(dry.duplicates!)).toEqual(EXPECTED);
    expect(await graphDump(h.test)).toEqual(before);
    const name = dry.duplicates!.find((c) => c.signals.includes("similar-name"))!;
    expect(name.b).toEqual({ id: "hs-leiestadt", name: "Hogeschool Leiestadt", stored: false });
    expect(name.a.stored).toBe(true);
    expect(name.confidence).toBeGreaterThan(0.8);
    expect(name.reasonNl).toContain("bijna dezelfde naam");
    expect(name.reasonEn).toContain("nearly the same name");
    const number = dry.duplicates!.find((c) => c.signals.includes("same-enterprise-number"))!;
    expect(number.reasonEn).toContain('written differently ("0476 543 281" / "BE0476543281")');

    const report = await importPath(h.db, "fixtures/duplicates/import");
    expect(report.merged).toEqual([]);
    expect(pairsOf(report.duplicates!)).toEqual(EXPECTED);
    expect(await h.test.rows("MATCH (p:Partner) WHERE p.id IN ['hs-leiestadt', 'schakel-gent', 'bouw-vandamme'] RETURN p.id AS id ORDER BY id")).toHaveLength(3);

    // Over HTTP the same report, and the stored graph's list now holds the pairs too.
    const form = new FormData();
    form.append("files", new Blob([readFileSync("fixtures/duplicates/import/partners.csv")]), "partners.csv");
    const http = await h.call("coordinator", "POST", "/api/v1/import?dryRun=true", form);
    expect(http.status).toBe(200);
    expect(pairsOf(http.json.duplicates)).toEqual(EXPECTED);
    expect(http.json.summary).toContain("3 possible duplicate organisations listed, not merged");
    const listed = await h.call("coordinator", "GET", "/api/v1/partners/duplicates");
    expect(listed.status).toBe(200);
    expect(pairsOf(listed.json.items)).toEqual(expect.arrayContaining(EXPECTED));
    expect((await h.call("analyst", "GET", "/api/v1/partners/duplicates")).status).toBe(403);
  });

  it("merges: participations move, decisions stay, the dropped id resolves everywhere; undo restores the graph exactly", async () => {
    await importPath(h.db, "fixtures/duplicates/import");
    // A decision on a pair of networks the dropped partner takes part in.
    await h.test.rows("CREATE (:Decision {pairKey: 'ln-lerende-organisatie--ln-talent-kmo', a: 'ln-lerende-organisatie', b: 'ln-talent-kmo', decision: 'accepted'})");
    const keptBefore = await participations(h, "hogeschool-leiestad");
    expect(await participations(h, "hs-leiestadt")).toEqual([{ p: "ln-lerende-organisatie", role: "partner" }]);
    const before = await dumpWithoutAudit(h);

    const dry = await mergePartner(h.db, "hogeschool-leiestad", "hs-leiestadt", { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await dumpWithoutAudit(h)).toEqual(before);

    const res = await h.call("coordinator", "POST", "/api/v1/partners/hogeschool-leiestad/merge", { drop: "hs-leiestadt" });
    expect(res.status).toBe(200);
    const merge = res.json;
    expect(merge.keep).toEqual({ id: "hogeschool-leiestad", name: "Hogeschool Leiestad" });
    expect(merge.drop).toEqual({ id: "hs-leiestadt", name: "Hogeschool Leiestadt" });
    expect(merge.by).toBe("test coordinator");
    const shared = keptBefore.some((k) => k.p === "ln-lerende-organisatie");
    expect(merge.moved.participations).toEqual(shared ? [] : ["ln-lerende-organisatie"]);

    // The graph: one partner with both partners' networks; the dropped one is no Partner any more.
    expect((await participations(h, "hogeschool-leiestad")).map((r) => r.p)).toEqual([...new Set([...keptBefore.map((r) => r.p), "ln-lerende-organisatie"])].sort());
    expect(await h.test.rows("MATCH (p:Partner {id: 'hs-leiestadt'}) RETURN p.id")).toEqual([]);
    expect(await h.test.rows("MATCH (a:MergedPartner {id: 'hs-leiestadt'}) RETURN a.mergedInto AS into")).toEqual([{ into: "hogeschool-leiestad" }]);
    expect(await h.test.rows("MATCH (d:Decision) RETURN d.pairKey AS k, d.decision AS d")).toEqual([{ k: "ln-lerende-organisatie--ln-talent-kmo", d: "accepted" }]);
    expect(await h.test.rows("MATCH (m:PartnerMerge) RETURN m.by AS by, m.at IS NOT NULL AS at")).toEqual([{ by: "test coordinator", at: true }]);

    // The alias resolves: reading the partner, and an import row that cites it.
    expect(await resolvePartnerId(h.db, "hs-leiestadt")).toBe("hogeschool-leiestad");
    const read = await h.call("public", "GET", "/api/v1/partners/hs-leiestadt");
    expect(read.status).toBe(200);
    expect(read.json.id).toBe("hogeschool-leiestad");
    expect((await storedDuplicates(h.db, { limit: 100, minConfidence: 0 })).items.some((c) => c.a.id === "hs-leiestadt" || c.b.id === "hs-leiestadt")).toBe(false);

    // Refusals: the same id twice, an unknown id, an id already merged.
    expect((await h.call("coordinator", "POST", "/api/v1/partners/hogeschool-leiestad/merge", { drop: "hogeschool-leiestad" })).status).toBe(400);
    const unknown = await h.call("coordinator", "POST", "/api/v1/partners/hogeschool-leiestad/merge", { drop: "nobody" });
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail ?? unknown.text).toContain("nobody");
    const again = await h.call("coordinator", "POST", "/api/v1/partners/hogeschool-leiestad/merge", { drop: "hs-leiestadt" });
    expect(again.status).toBe(409);
    expect(again.text).toContain("already merged into");
    expect((await h.call("analyst", "POST", "/api/v1/partners/hogeschool-leiestad/merge", { drop: "schakel-gent" })).status).toBe(403);

    // Undo: the graph exactly as before the merge; a second undo is refused.
    const undo = await h.call("coordinator", "POST", `/api/v1/partners/merges/${merge.id}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.json.undoneBy).toBe("test coordinator");
    expect(await dumpWithoutAudit(h)).toEqual(before);
    expect((await h.call("coordinator", "POST", `/api/v1/partners/merges/${merge.id}/undo`)).status).toBe(409);
    expect((await h.call("coordinator", "GET", "/api/v1/partners/merges")).json.items[0].undoneAt).toBeTruthy();
  });

  it("follows a merge in later imports, and chains aliases through a second merge and its undo", async () => {
    await importPath(h.db, "fixtures/duplicates/import");
    const first = await mergePartner(h.db, "hogeschool-leiestad", "hs-leiestadt", { by: "test" });
    // An import that still cites the dropped id: its participation goes to the kept partner.
    const report = await importFiles(h.db, [
      { name: "partners.csv", data: Buffer.from("id,name,kind\nhs-leiestadt,Hogeschool Leiestadt,academic\n") },
      { name: "participations.csv", data: Buffer.from("partner,project,role\nhs-leiestadt,ln-talent-kmo,expert\n") },
    ]);
    expect(report.merged).toEqual([{ entity: "partners", kept: "hogeschool-leiestad", merged: "hs-leiestadt", reason: "merged earlier into hogeschool-leiestad: its id is an alias" }]);
    expect(await h.test.rows("MATCH (:Partner {id: 'hogeschool-leiestad'})-[r:PARTICIPATES_IN]->(:Project {id: 'ln-talent-kmo'}) RETURN r.role AS role")).toEqual([{ role: "expert" }]);
    expect(await h.test.count("Partner")).toBe((await h.test.rows("MATCH (p:Partner) RETURN p")).length);
    expect(await h.test.rows("MATCH (p:Partner {id: 'hs-leiestadt'}) RETURN p.id")).toEqual([]);

    // Merging the kept partner further carries its alias along; the earlier merge waits for that undo.
    const before = await dumpWithoutAudit(h);
    const second = await mergePartner(h.db, "hogeschool-maasland", "hogeschool-leiestad", { by: "test" });
    expect(second.moved.aliases).toEqual(["hs-leiestadt"]);
    expect(await resolvePartnerId(h.db, "hs-leiestadt")).toBe("hogeschool-maasland");
    await expect(unmergePartner(h.db, first.id)).rejects.toThrow(/no longer stored/);
    await unmergePartner(h.db, second.id);
    expect(await dumpWithoutAudit(h)).toEqual(before);
    expect(await resolvePartnerId(h.db, "hs-leiestadt")).toBe("hogeschool-leiestad");
  });

  it("lets exactly one of several simultaneous merges and undos of one pair through", async () => {
    await importPath(h.db, "fixtures/duplicates/import");
    const before = await dumpWithoutAudit(h);
    const merges = await Promise.allSettled(Array.from({ length: 6 }, () => mergePartner(h.db, "hogeschool-leiestad", "hs-leiestadt", { by: "test" })));
    const done = merges.filter((r) => r.status === "fulfilled");
    expect(done).toHaveLength(1);
    expect(await h.test.rows("MATCH (m:PartnerMerge) RETURN count(m) AS n")).toEqual([{ n: 1 }]);
    expect(await h.test.rows("MATCH (a:MergedPartner {id: 'hs-leiestadt'}) RETURN a.mergedInto AS into")).toEqual([{ into: "hogeschool-leiestad" }]);
    const mergeId = (done[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    const undos = await Promise.allSettled(Array.from({ length: 6 }, () => unmergePartner(h.db, mergeId, { by: "test" })));
    expect(undos.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await dumpWithoutAudit(h)).toEqual(before);
  });
});
