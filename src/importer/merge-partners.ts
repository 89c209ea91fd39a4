// Recognises one organisation under several spellings, within the import and against partners
// already stored: same enterprise number (KBO/VAT), or the same normalised name when the
// enterprise numbers do not say they are different organisations. Hash maps only, one pass.
import type { Partner } from "../schemas/index.ts";
import { partnerNameKey } from "./partner-name-key.ts";
import type { ValidRow } from "./validate-tables.ts";

export interface StoredPartner {
  id: string;
  enterpriseNumber?: string | null;
  nameKey?: string | null;
  /** Property keys that hold a value in the database: a merged row only fills the others. */
  filled: string[];
}

export interface PartnerMerge {
  entity: "partners";
  kept: string;
  merged: string;
  reason: string;
}

/** One partner node to write: the import row that keeps its id, or the fields that merged rows add to a stored partner. */
export interface PartnerWrite {
  id: string;
  stored: boolean;
  nameKey?: string;
  /** Values to set, keyed by schema key; only keys listed in `present` are written. */
  value: Partial<Partner>;
  present: Set<string>;
}

interface Owner {
  write: PartnerWrite;
  enterpriseNumber?: string;
  storedFilled?: Set<string>;
  /** True once an import row with this id (or merged into it) supplies values. */
  touched: boolean;
}

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== "";

/** `aliases`: ids merged into a stored partner (alias → its id); a row with such an id merges into it. */
export function mergePartners(rows: ValidRow<Partner>[], stored: StoredPartner[], aliases: ReadonlyMap<string, string> = new Map()) {
  const byId = new Map<string, Owner>();
  const byNumber = new Map<string, Owner>();
  const byKey = new Map<string, Owner>();
  const register = (o: Owner, number: string | undefined, key: string | undefined) => {
    if (number && !byNumber.has(number)) byNumber.set(number, o);
    if (key && !byKey.has(key)) byKey.set(key, o);
  };
  for (const s of [...stored].sort((a, b) => a.id.localeCompare(b.id))) {
    const o: Owner = {
      write: { id: s.id, stored: true, nameKey: s.nameKey ?? undefined, value: {}, present: new Set() },
      enterpriseNumber: s.enterpriseNumber ?? undefined,
      storedFilled: new Set(s.filled),
      touched: false,
    };
    byId.set(s.id, o);
    register(o, o.enterpriseNumber, o.write.nameKey);
  }

  const idMap = new Map<string, string>();
  const merges: PartnerMerge[] = [];
  for (const row of rows) {
    const p = row.value;
    const key = partnerNameKey(p.name) || undefined;
    const same = byId.get(p.id);
    if (same) {
      // The same id: this row updates that partner (stored or an earlier row is reported as a duplicate id elsewhere).
      if (same.write.stored && !same.touched) {
        const value = same.write.value as Record<string, unknown>;
        for (const k of row.present) value[k] = (p as Record<string, unknown>)[k];
        for (const k of row.present) same.write.present.add(k);
        same.write.nameKey = key;
        same.touched = true;
        same.storedFilled = undefined;
        if (p.enterpriseNumber) same.enterpriseNumber = p.enterpriseNumber;
        register(same, p.enterpriseNumber, key);
      }
      continue;
    }
    let owner: Owner | undefined;
    let reason = "";
    const aliasOf = aliases.get(p.id);
    if (aliasOf && byId.has(aliasOf)) {
      owner = byId.get(aliasOf);
      reason = `merged earlier into ${aliasOf}: its id is an alias`;
    } else if (p.enterpriseNumber && byNumber.has(p.enterpriseNumber)) {
      owner = byNumber.get(p.enterpriseNumber);
      reason = `same KBO number ${p.enterpriseNumber}`;
    } else if (key && byKey.has(key)) {
      const candidate = byKey.get(key)!;
      // Two different enterprise numbers mean two organisations, however alike their names.
      if (!(candidate.enterpriseNumber && p.enterpriseNumber && candidate.enterpriseNumber !== p.enterpriseNumber)) {
        owner = candidate;
        reason = `same name after normalisation: ${key}`;
      }
    }
    if (owner) {
      idMap.set(p.id, owner.write.id);
      merges.push({ entity: "partners", kept: owner.write.id, merged: p.id, reason });
      fill(owner, row);
      if (!owner.enterpriseNumber && p.enterpriseNumber) owner.enterpriseNumber = p.enterpriseNumber;
      register(owner, p.enterpriseNumber, key);
      continue;
    }
    const o: Owner = { write: { id: p.id, stored: false, nameKey: key, value: { ...p }, present: new Set(row.present) }, enterpriseNumber: p.enterpriseNumber, touched: true };
    byId.set(p.id, o);
    register(o, p.enterpriseNumber, key);
  }
  const writes = [...byId.values()].filter((o) => o.touched || o.write.present.size > 0).map((o) => o.write);
  return { writes, idMap, merges };
}

/** Copies the merged row's values into fields the kept partner leaves empty (stored values are never overwritten by a merge). */
function fill(owner: Owner, row: ValidRow<Partner>) {
  const target = owner.write.value as Record<string, unknown>;
  const source = row.value as Record<string, unknown>;
  for (const k of row.present) {
    if (k === "id" || !hasValue(source[k])) continue;
    if (owner.storedFilled?.has(k)) continue;
    if (hasValue(target[k]) && owner.write.present.has(k)) continue;
    target[k] = source[k];
    owner.write.present.add(k);
  }
}
