// Caps on open event streams (GET /api/v1/maps/events needs no token). Each open stream holds a
// socket, a file descriptor and ~28 KB; without a cap one anonymous client could open streams until
// the process runs out of file descriptors, and then /healthz and every other request fail. So:
// at most `perClient` streams per client address (429 beyond), at most `total` in all (503
// beyond, which keeps the descriptors the rest of the service needs), both with Retry-After; and
// every stream is closed after `maxAgeMs`, so an abandoned one cannot hold its place forever (a
// browser's EventSource reconnects by itself after the stream's `retry` delay).
import { HttpProblem } from "./errors.ts";

export interface StreamLimitOptions {
  perClient: number;
  total: number;
  maxAgeMs: number;
  retryAfterSeconds: number;
}

export class StreamLimits {
  private readonly byClient = new Map<string, number>();
  private open = 0;

  constructor(readonly options: StreamLimitOptions) {}

  /** Takes a place for a stream from `client`, or throws the problem to answer; returns the release. */
  acquire(client: string): () => void {
    const { perClient, total, retryAfterSeconds } = this.options;
    const headers = { "Retry-After": String(retryAfterSeconds) };
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= perClient) throw new HttpProblem("rate-limited", `at most ${perClient} open event streams per client; close one or try again later`, { headers });
    if (this.open >= total) throw new HttpProblem("service-busy", `the service holds its maximum of ${total} open event streams; try again later`, { headers });
    this.byClient.set(client, mine + 1);
    this.open++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open--;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }

  /** Open streams in all, for metrics and tests. */
  get openStreams(): number {
    return this.open;
  }
}
