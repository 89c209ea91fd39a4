// Read and write helpers: sessions are closed in finally; writes run in managed transactions so
// transient errors retry; everything comes back as plain values.
import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";
import { cypher } from "./cypher.ts";
import { recordToObject } from "./values.ts";

export type Params = Record<string, unknown>;

export async function readQuery<T = Record<string, unknown>>(driver: Driver, name: string, params: Params = {}, database?: string): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => (await tx.run(cypher(name), params)).records.map((r) => recordToObject<T>(r)));
  } finally {
    await session.close();
  }
}

export async function writeQuery<T = Record<string, unknown>>(driver: Driver, name: string, params: Params = {}, database?: string): Promise<T[]> {
  return writeTransaction(driver, (tx) => runIn<T>(tx, name, params), database);
}

/** Several statements in one transaction: all or nothing. */
export async function writeTransaction<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>, database?: string): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Runs cypher/<name>.cypher inside a managed or an explicit transaction. */
export async function runIn<T = Record<string, unknown>>(tx: ManagedTransaction | Transaction, name: string, params: Params = {}): Promise<T[]> {
  return (await tx.run(cypher(name), params)).records.map((r) => recordToObject<T>(r));
}
