// A list in consecutive slices of at most `size` items: the rows of one UNWIND write each.
export function* batches<T>(xs: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}
