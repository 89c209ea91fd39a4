// Opportunities name their subjects by id (they are stored with the run); the workspace and the API
// show names. One lookup for a whole page of opportunities, with the subjects' current names.
import { readQuery } from "../../db/index.ts";
import type { Db } from "../entities/store.ts";
import type { StoredOpportunity } from "./records.ts";

export type NamedSubject = StoredOpportunity["subjects"][number] & { nameNl?: string; nameEn?: string };
export type NamedOpportunity = Omit<StoredOpportunity, "subjects"> & { subjects: NamedSubject[] };

export async function withSubjectNames(db: Db, list: StoredOpportunity[]): Promise<NamedOpportunity[]> {
  const key = (type: string, id: string) => `${type}\u0000${id}`;
  const wanted = new Map<string, { type: string; id: string }>();
  for (const o of list) for (const s of o.subjects) wanted.set(key(s.type, s.id), { type: s.type, id: s.id });
  if (wanted.size === 0) return list;
  const rows = await readQuery<{ type: string; id: string; nameNl: string | null; nameEn: string | null }>(db.driver, "analysis/subject-names", { subjects: [...wanted.values()] }, db.database);
  const names = new Map(rows.map((r) => [key(r.type, r.id), r]));
  return list.map((o) => ({
    ...o,
    subjects: o.subjects.map((s) => {
      const n = names.get(key(s.type, s.id));
      return { ...s, ...(n?.nameNl ? { nameNl: n.nameNl } : {}), ...(n?.nameEn ? { nameEn: n.nameEn } : {}) };
    }),
  }));
}
