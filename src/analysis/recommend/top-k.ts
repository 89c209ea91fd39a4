// The k best items of a list by score without sorting the whole list: a bounded min-heap, O(n log k).
// Ties go to the smaller index, so every selection is deterministic. Used wherever a query touches
// thousands of partners or networks and only the strongest few matter.
export function topK(items: ArrayLike<number>, scores: ArrayLike<number> | ((item: number) => number), k: number): number[] {
  if (k <= 0) return [];
  const score = typeof scores === "function" ? scores : (x: number) => scores[x]!;
  // "worse(x, y)": x ranks below y.
  const worse = (x: number, y: number) => {
    const sx = score(x);
    const sy = score(y);
    return sx < sy || (sx === sy && x > y);
  };
  const heap: number[] = [];
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let j = 0; j < items.length; j++) {
    const x = items[j]!;
    if (heap.length < k) {
      heap.push(x);
      up(heap.length - 1);
    } else if (worse(heap[0]!, x)) {
      heap[0] = x;
      down(0);
    }
  }
  return heap.sort((x, y) => (worse(x, y) ? 1 : worse(y, x) ? -1 : 0));
}
