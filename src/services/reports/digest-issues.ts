// The newsletter's memory: each digest that is really made is stored as a (:DigestIssue {madeAt,
// by}), and a digest asked for without `since` counts what is new from the last one, or over the
// last 30 days when none was made yet. A preview (GET /api/v1/reports/digest, `report digest
// --preview`) reads that default but records nothing, so looking never moves the next issue's start.
import { readQuery, writeQuery } from "../../db/index.ts";
import type { Db } from "../entities/store.ts";

import { DIGEST_FIRST_DAYS, type Since } from "../../schemas/report.ts";

/** Where a digest's start came from: given (`since`), the last digest made, or the first-use default. */
export type DigestStart = "given" | "last-digest" | "first-digest";

export async function lastDigest(db: Db): Promise<{ madeAt: string; by: string | null } | undefined> {
  const [row] = await readQuery<{ madeAt: string; by: string | null }>(db.driver, "reports/last-digest", {}, db.database);
  return row;
}

/** The digest's start: the `since` given, else the last digest made, else 30 days before `now`. */
export async function digestSince(db: Db, given: Since | undefined, now: Date = new Date()): Promise<{ since: Since; start: DigestStart }> {
  if (given) return { since: given, start: "given" };
  const last = await lastDigest(db);
  if (last) return { since: { date: new Date(last.madeAt).toISOString() }, start: "last-digest" };
  return { since: { date: new Date(now.getTime() - DIGEST_FIRST_DAYS * 86_400_000).toISOString() }, start: "first-digest" };
}

/** Stores that a digest was made now, counting from `since`. */
export async function recordDigest(db: Db, issue: { madeAt: string; by: string; since: string; lang: string; format: string }): Promise<void> {
  await writeQuery(db.driver, "reports/record-digest", issue, db.database);
}
