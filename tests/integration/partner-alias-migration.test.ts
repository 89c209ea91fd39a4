// A database written before partner aliases were records keeps the ids an import merged into a
// partner as that partner's `aliases` list. The start-up migration turns each into the one record
// (a MergedPartner with who, when and why), once: a second run finds nothing and changes nothing.
// Aliases a coordinator recorded stay as they are; a list on a partner a coordinator merged away
// since follows that merge (and its undo).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATED_ALIAS_REASON } from "../../src/db/index.ts";
import { partnerAliases, resolvePartnerId } from "../../src/services/partner-aliases.ts";
import { unmergePartner } from "../../src/services/partner-merges.ts";
import { graphDump } from "../support/graph-dump.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

/** The graph as the import and the coordinator's merge wrote it before: lists on partners. */
const OLD_GRAPH = `
CREATE (:Project {id: 'ln-a', name: 'A'})
CREATE (kept:Partner {id: 'kept', name: 'Kept', aliases: ['old-1', 'old-2', 'by-hand']})
CREATE (:Partner {id: 'other', name: 'Other', aliases: ['old-3']})
CREATE (:Partner {id: 'back-again', name: 'Back again'})
CREATE (:Partner {id: 'third', name: 'Third', aliases: ['back-again']})
CREATE (:MergedPartner {id: 'by-hand', mergedInto: 'other', mergeId: 'merge-1', name: 'By hand'})
CREATE (retired:MergedPartner {id: 'retired', name: 'Retired', mergedInto: 'kept', mergeId: 'merge-2', aliases: ['old-4']})
CREATE (retired)-[:MERGED_PARTICIPATION {role: 'partner'}]->(:Project {id: 'ln-b', name: 'B'})
CREATE (:PartnerMerge {id: 'merge-2', keep: 'kept', drop: 'retired', keepName: 'Kept', dropName: 'Retired', by: 'someone',
  at: datetime('2026-01-01T00:00:00Z'), movedProjects: ['ln-b'], sharedProjects: [], movedAliases: []})
CREATE (:ImportJob {id: 'import-old', status: 'committed'})
CREATE (:ImportUndo {importJob: 'import-old', importSeq: 1, importKind: 'stored-partners', importKey: 'kept', id: 'kept', name: 'Kept', aliases: ['old-1']})
`;

describe("migration of partner alias lists to records", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    await t.clear();
    await t.rows(OLD_GRAPH);
  });
  afterAll(async () => { await t.clear(); await t.close(); });

  const records = () => t.rows<{ id: string; into: string; reason: string | null; by: string | null; at: boolean; mergeId: string | null; importJob: string | null }>(
    "MATCH (a:MergedPartner) RETURN a.id AS id, a.mergedInto AS into, a.mergeReason AS reason, a.mergedBy AS by, a.mergedAt IS NOT NULL AS at, a.mergeId AS mergeId, a.mergeImport AS importJob ORDER BY id",
  );

  it("records each listed id once, leaves the coordinator's records, and drops the lists", async () => {
    expect(await applyMigrations(t.driver, t.database)).toEqual({ partnerAliases: 4 });
    const migrated = { reason: MIGRATED_ALIAS_REASON, by: null, at: true, mergeId: null, importJob: null };
    expect(await records()).toEqual([
      // Recorded by a coordinator before: kept exactly, though the kept partner's list names it too.
      { id: "by-hand", into: "other", reason: null, by: null, at: false, mergeId: "merge-1", importJob: null },
      { id: "old-1", into: "kept", ...migrated },
      { id: "old-2", into: "kept", ...migrated },
      { id: "old-3", into: "other", ...migrated },
      // Listed on a partner merged away since: it stands for the partner that one lives at now.
      { id: "old-4", into: "kept", ...migrated },
      { id: "retired", into: "kept", reason: null, by: null, at: false, mergeId: "merge-2", importJob: null },
    ]);
    // A listed id that is a stored partner again stays that partner, with no record.
    expect(await t.rows("MATCH (a:MergedPartner {id: 'back-again'}) RETURN a")).toEqual([]);
    expect(await t.rows("MATCH (n) WHERE n.aliases IS NOT NULL RETURN labels(n) AS labels, n.id AS id")).toEqual([]);
    // The merge that retired the partner carrying old-4 lists it among the aliases it moved.
    expect(await t.rows("MATCH (m:PartnerMerge {id: 'merge-2'}) RETURN m.movedAliases AS moved")).toEqual([{ moved: ["old-4"] }]);
  });

  it("finds nothing the second time and changes nothing", async () => {
    const before = await graphDump(t);
    expect(await applyMigrations(t.driver, t.database)).toEqual({ partnerAliases: 0 });
    expect(await graphDump(t)).toEqual(before);
  });

  it("resolves the migrated ids as every other alias, and the coordinator's undo takes old-4 back", async () => {
    expect(await resolvePartnerId(t.db, "old-2")).toBe("kept");
    expect(await resolvePartnerId(t.db, "old-4")).toBe("kept");
    expect([...(await partnerAliases(t.db))].sort()).toEqual([["by-hand", "other"], ["old-1", "kept"], ["old-2", "kept"], ["old-3", "other"], ["old-4", "kept"], ["retired", "kept"]]);
    await unmergePartner(t.db, "merge-2", { by: "test" });
    expect(await resolvePartnerId(t.db, "old-4")).toBe("retired");
    expect(await t.rows("MATCH (p:Partner {id: 'retired'})-[r:PARTICIPATES_IN]->(:Project {id: 'ln-b'}) RETURN r.role AS role")).toEqual([{ role: "partner" }]);
  });
});
