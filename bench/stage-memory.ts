// What the measuring process holds in each stage of a run: peak RSS sampled every 50 ms while the
// stage runs, and V8's used heap (and external memory: Buffers, typed arrays) at the stage's peak
// sample, so the stage that sets a run's peak, and whether that peak is JavaScript objects or the
// driver's buffers, can be read off one table.
import { getHeapStatistics } from "node:v8";

export interface StageMemory {
  peakRssMb: number;
  heapMb: number;
  externalMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export function stageMemory<S extends string>() {
  const peaks = new Map<S, StageMemory>();
  let current: S | undefined;
  const sample = () => {
    if (current === undefined) return;
    const rss = process.memoryUsage.rss();
    const seen = peaks.get(current);
    if (seen && seen.peakRssMb >= mb(rss)) return;
    const heap = getHeapStatistics();
    peaks.set(current, { peakRssMb: mb(rss), heapMb: mb(heap.used_heap_size), externalMb: mb(heap.external_memory) });
  };
  const timer = setInterval(sample, 50);
  return {
    /** The run entered `stage` (the sample before it closes the previous stage). */
    enter(stage: S) {
      sample();
      current = stage;
      sample();
    },
    /** Stops sampling; each stage's peak RSS and the heap at that peak. */
    stop(): Map<S, StageMemory> {
      sample();
      clearInterval(timer);
      return peaks;
    },
  };
}
