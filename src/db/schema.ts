// Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so it runs at every start-up.
import type { Driver } from "neo4j-driver";
import { statements } from "./cypher.ts";

export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const list = statements("schema");
    for (const statement of list) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
    return list.length;
  } finally {
    await session.close();
  }
}
