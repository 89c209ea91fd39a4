// The test database's marker: a (:DiagonalTestMarker {owner}) node naming the checkout whose tests
// may wipe that database. Tests identify their database by this marker, not by its port, so two
// checkouts on one machine (or a coordinator's database behind a mistyped NEO4J_URI) are never
// wiped by mistake.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { cypher } from "../../src/db/index.ts";

/** The checkout's absolute path: stable across its runs, different for every other checkout. */
export function checkoutOwner(): string {
  return realpathSync(fileURLToPath(new URL("../../", import.meta.url)));
}

interface Holdings {
  owners: string[];
  unmarked: number;
}

async function holdings(driver: Driver, database?: string): Promise<Holdings> {
  const res = await driver.executeQuery(cypher("testing/marker-holdings"), {}, { database, routing: "READ" });
  const row = res.records[0]!;
  return { owners: row.get("owners") as string[], unmarked: Number(row.get("unmarked")) };
}

/** Throws unless the database is this checkout's to wipe; then marks it as such. */
export async function claimDatabase(driver: Driver, database: string | undefined, options: { ownInstance: boolean; allowWipe: boolean }): Promise<void> {
  const owner = checkoutOwner();
  const held = await holdings(driver, database);
  const others = held.owners.filter((o) => o !== owner);
  if (others.length > 0) {
    throw new Error(`this database is marked as the test database of another checkout (${others.join(", ")}); its tests may be running. Use this checkout's own instance, or another NEO4J_URI`);
  }
  if (!held.owners.includes(owner) && held.unmarked > 0 && !options.ownInstance && !options.allowWipe) {
    throw new Error(`tests clear the database, and it holds ${held.unmarked} nodes that no test suite marked as its own; set DIAGONAL_TEST_WIPE=1 to allow wiping it`);
  }
  await driver.executeQuery(cypher("testing/marker-claim"), { owner }, { database });
}

/** Refuses to wipe a database whose marker is not this checkout's (checked before every clear). */
export async function assertOwned(driver: Driver, database: string | undefined, owner: string): Promise<void> {
  const held = await holdings(driver, database);
  if (held.owners.length !== 1 || held.owners[0] !== owner) {
    throw new Error(`refusing to clear the database: its test marker names ${held.owners.length ? held.owners.join(", ") : "no checkout"}, not ${owner}`);
  }
}
