// What the measuring process holds in each stage of a run: peak RSS sampled every 50 ms while the
// stage runs, and V8's used heap (and external memory: Buffers, typed arrays) at the stage's peak
// sample, so the stage that sets a run's peak, and whether that peak is JavaScript objects or the
// driver's buffers, can be read off one table. With `live` (node --expose-gc), a full garbage
// collection at each stage's start gives the heap the run still holds then (what the stage inherits);
// it costs a few hundred milliseconds per stage, so the timed runs leave it off.
import { getHeapStatistics } from "node:v8";

export interface StageMemory {
  peakRssMb: number;
  heapMb: number;
  externalMb: number;
  /** Live heap at the stage's start, after a full collection (only with `live`). */
  liveAtStartMb?: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export function stageMemory<S extends string>(live = false) {
  const peaks = new Map<S, StageMemory>();
  const liveAtStart = new Map<S, number>();
  let current: S | undefined;
  const sample = () => {
    if (current === undefined) return;
    const rss = process.memoryUsage.rss();
    const seen = peaks.get(current);
    if (seen && seen.peakRssMb >= mb(rss)) return;
    const heap = getHeapStatistics();
    const start = liveAtStart.get(current);
    peaks.set(current, { peakRssMb: mb(rss), heapMb: mb(heap.used_heap_size), externalMb: mb(heap.external_memory), ...(start === undefined ? {} : { liveAtStartMb: start }) });
  };
  const timer = setInterval(sample, 50);
  return {
    /** The run entered `stage` (the sample before it closes the previous stage). */
    enter(stage: S) {
      sample();
      current = stage;
      if (live && globalThis.gc) {
        globalThis.gc();
        liveAtStart.set(stage, mb(getHeapStatistics().used_heap_size));
      }
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
