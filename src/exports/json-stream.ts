// The graph in graphology's own serialisation (what graph.export() gives and graph.import() reads:
// options, attributes, nodes with key and attributes, edges with key, source, target and
// attributes), written element by element to a sink so that a whole programme's graph is never
// held as one graph or one string.
import type { ExportAttributes } from "./export-graph.ts";
import { ChunkedOutput, type ChunkSink } from "./chunked-output.ts";

/** Writes graphology JSON of a directed multigraph: start, then every node, then every edge, then end. */
export class GraphJsonStreamWriter {
  private readonly out: ChunkedOutput;
  private count = { nodes: 0, edges: 0 };
  private edges = false;

  constructor(sink: ChunkSink, private readonly meta: Record<string, string | number | boolean> = {}) {
    this.out = new ChunkedOutput(sink);
  }

  async start(): Promise<void> {
    await this.out.put(`{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":${JSON.stringify(this.meta)},"nodes":[`);
  }

  node(key: string, attrs: ExportAttributes): Promise<void> | void {
    return this.out.put(`${this.count.nodes++ ? "," : ""}{"key":${JSON.stringify(key)},"attributes":${JSON.stringify(attrs)}}`);
  }

  edge(key: string, source: string, target: string, attrs: ExportAttributes): Promise<void> | void {
    const opening = this.edges ? "" : '],"edges":[';
    this.edges = true;
    return this.out.put(`${opening}${this.count.edges++ ? "," : ""}{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(attrs)}}`);
  }

  async end(): Promise<{ nodes: number; edges: number }> {
    await this.out.put(`${this.edges ? "" : '],"edges":['}]}`);
    await this.out.close();
    return { ...this.count };
  }
}
