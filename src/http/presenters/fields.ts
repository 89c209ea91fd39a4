// Picking the fields a presenter shows: only declared fields leave the API (never internal
// properties such as Partner.nameKey), and absent values are left out rather than sent as null.
export function only<T extends object>(o: T, fields: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (o as Record<string, unknown>)[f];
    if (v !== undefined && v !== null) out[f] = v;
  }
  return out as Partial<T>;
}
