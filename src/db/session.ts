// Read and write helpers: sessions are closed in finally; writes run in managed transactions so
// transient errors retry; everything comes back as plain values.
import type { Driver, ManagedTransaction, Transaction } from "neo4j-driver";
import { QueryTooLargeError } from "../errors.ts";
import { cypher } from "./cypher.ts";
import { recordToObject } from "./values.ts";

export type Params = Record<string, unknown>;

/** The server's total transaction memory (dbms.memory.transaction.total.max) or per-transaction limit (db.memory.transaction.max). */
const MEMORY_LIMIT_CODES = new Set(["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "Neo.TransientError.General.TransactionMemoryLimit"]);
export const isMemoryLimit = (err: unknown): boolean => MEMORY_LIMIT_CODES.has((err as { code?: string })?.code ?? "");

/**
 * A query whose records each hold `rows`, a batch of rows (lists of values): all the rows, in order.
 * Large results are read this way (see cypher/analysis/run-suggestion-ranks.cypher): a few hundred
 * records of a few hundred rows each cost the driver far less than a record per row, and far less
 * than one record of everything, whose message of many chunks the driver decodes byte by byte.
 */
export async function readRows<T extends unknown[]>(driver: Driver, name: string, params: Params = {}, database?: string): Promise<T[]> {
  const out: T[] = [];
  for (const record of await readQuery<{ rows: T[] }>(driver, name, params, database)) {
    for (const row of record.rows) out.push(row);
  }
  return out;
}

export async function readQuery<T = Record<string, unknown>>(driver: Driver, name: string, params: Params = {}, database?: string): Promise<T[]> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      try {
        return (await tx.run(cypher(name), params)).records.map((r) => recordToObject<T>(r));
      } catch (err) {
        // Thrown as our own error, which the driver does not retry: the same query needs the same memory.
        if (isMemoryLimit(err)) throw new QueryTooLargeError(name, err as Error);
        throw err;
      }
    });
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
