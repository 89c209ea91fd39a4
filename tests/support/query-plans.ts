// The plan Neo4j makes for one of our queries (EXPLAIN: planned, not run), as a flat list of its
// operators, for tests that check a query finds its rows through an index.
import type { Driver } from "neo4j-driver";
import { cypher } from "../../src/db/index.ts";

export interface PlanOperator { operatorType: string; arguments: Record<string, unknown>; children: PlanOperator[] }
const walk = (p: PlanOperator): PlanOperator[] => [p, ...p.children.flatMap(walk)];

/** The operators of cypher/<name>.cypher's plan with these parameters. */
export async function queryPlan(driver: Driver, database: string | undefined, name: string, params: Record<string, unknown>): Promise<PlanOperator[]> {
  const session = driver.session({ database });
  try {
    const res = await session.run(`EXPLAIN ${cypher(name)}`, params);
    return walk(res.summary.plan as unknown as PlanOperator);
  } finally {
    await session.close();
  }
}
