// A graph view's serialisation built directly — what a graphology graph's export() gives for the
// views' graph (directed, no parallel edges, no self loops): nodes and edges in the order they
// were first added, a repeated key merging its attributes into the first. A view of 2,000 nodes and
// 15,000 edges is built and exported several times faster this way than through a graphology graph
// it would only serialise.
import type { EdgeAttributes, NodeAttributes } from "../analysis/graph.ts";

export interface SerialisedNode { key: string; attributes: NodeAttributes }
export interface SerialisedEdge { key: string; source: string; target: string; attributes: EdgeAttributes }

export class ViewGraph {
  readonly nodes: SerialisedNode[] = [];
  readonly edges: SerialisedEdge[] = [];
  private nodeAt = new Map<string, number>();
  private edgeAt = new Map<string, number>();

  /** The node's place in the order nodes were added; undefined when it is not in the view. */
  placeOf(key: string): number | undefined {
    return this.nodeAt.get(key);
  }

  mergeNode(key: string, attributes: NodeAttributes): void {
    const at = this.nodeAt.get(key);
    if (at === undefined) {
      this.nodeAt.set(key, this.nodes.length);
      this.nodes.push({ key, attributes });
    } else Object.assign(this.nodes[at]!.attributes, attributes);
  }

  mergeEdgeWithKey(key: string, source: string, target: string, attributes: EdgeAttributes): void {
    const at = this.edgeAt.get(key);
    if (at === undefined) {
      this.edgeAt.set(key, this.edges.length);
      this.edges.push({ key, source, target, attributes });
    } else Object.assign(this.edges[at]!.attributes, attributes);
  }

  get order(): number {
    return this.nodes.length;
  }

  get size(): number {
    return this.edges.length;
  }

  export<A>(attributes: A) {
    return { options: { type: "directed" as const, multi: false, allowSelfLoops: false }, attributes, nodes: this.nodes, edges: this.edges };
  }
}
