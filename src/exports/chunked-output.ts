// Text handed to a sink (a file, standard output, an HTTP response) in chunks of about 64 KB
// instead of one write per element: the streamed exports write hundreds of thousands of small
// pieces. While the sink takes one chunk (a file write, a socket drain) the next one is built; a
// chunk is handed over only once the previous one has been taken, so at most two are held.
export type ChunkSink = (chunk: string) => Promise<void> | void;

const CHUNK = 64 * 1024;

export class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  private pending: Promise<void> | undefined;

  constructor(private readonly sink: ChunkSink, private readonly chunkSize = CHUNK) {}

  /** Adds text; hands a chunk over when enough has gathered (wait for the returned promise, if any). */
  put(s: string): Promise<void> | void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.chunkSize) return this.handOver();
  }

  /** Hands over what has gathered and waits until the sink has taken everything. */
  async close(): Promise<void> {
    await this.handOver();
    const last = this.pending;
    this.pending = undefined;
    await last;
  }

  private handOver(): Promise<void> | void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    const previous = this.pending;
    if (previous) return previous.then(() => this.send(chunk));
    this.send(chunk);
  }

  private send(chunk: string): void {
    const taken = this.sink(chunk);
    if (taken && typeof taken.then === "function") {
      // Awaited at the next hand-over or at close; marked handled so that a failing sink does not
      // surface as an unhandled rejection before then.
      taken.catch(() => {});
      this.pending = taken;
    } else this.pending = undefined;
  }
}
