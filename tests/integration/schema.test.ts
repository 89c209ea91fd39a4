import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../src/db/index.ts";
import { testDb, type TestDb } from "../support/neo4j.ts";

describe("schema.cypher", () => {
  let db: TestDb;
  beforeAll(async () => { db = await testDb(); });
  afterAll(async () => { await db.close(); });

  it("applies twice without error and creates the uniqueness constraints once", async () => {
    await applySchema(db.driver, db.database);
    await applySchema(db.driver, db.database);
    const constraints = await db.rows<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    const names = constraints.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["project_id", "theme_id", "partner_id", "outcome_id"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("rejects a second project with the same id", async () => {
    await db.clear();
    await db.rows("CREATE (:Project {id: 'p1'})");
    await expect(db.rows("CREATE (:Project {id: 'p1'})")).rejects.toThrow(/already exists/);
    await db.clear();
  });
});
