// The weighted project-similarity graph built in one pass from typed arrays (a bulk constructor),
// for Louvain. Adding 400k edges one by one to a graphology graph costs several times the Louvain
// run itself (an object, a generated key and two index entries per edge, then the garbage
// collector); Louvain only reads the graph once, into its own typed-array index
// (graphology-indices/louvain). This class answers the part of graphology's Graph interface that
// reading needs — order, size, type, forEachNode, forEachEdge, degrees, attributes — over
// the arrays, in exactly the order an edge-by-edge `UndirectedGraph` built from the same arrays would
// give (nodes 0…n-1, edges in array order), so a seeded Louvain finds the same communities. It is
// read-only: every mutating method throws. tests/unit/analysis-pair-graph.test.ts checks it against
// the edge-by-edge graph.

type EdgeAttributes = { weight: number };
type NodeAttributes = Record<string, never>;

const READ_ONLY = (method: string) => () => {
  throw new Error(`diagonal/pair-graph: ${method} is not available, the graph is read-only`);
};
const NO_ATTRIBUTES: NodeAttributes = Object.freeze({}) as NodeAttributes;

export interface WeightedPairs {
  a: ArrayLike<number>;
  b: ArrayLike<number>;
  score: ArrayLike<number>;
}

export class PairGraph {
  readonly type = "undirected" as const;
  readonly multi = false;
  readonly allowSelfLoops = false;
  readonly selfLoopCount = 0;
  readonly directedSelfLoopCount = 0;
  readonly undirectedSelfLoopCount = 0;
  readonly directedSize = 0;
  readonly order: number;
  readonly size: number;
  private readonly keys: string[];
  private readonly source: Int32Array;
  private readonly target: Int32Array;
  private readonly weight: Float64Array;
  private readonly degrees: Int32Array;

  /** Node i per index 0…n-1 (key String(i)); the pairs scoring ≥ minScore, in their order, as undirected edges. */
  constructor(n: number, pairs: WeightedPairs, minScore = -Infinity) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`diagonal/pair-graph: the node count must be a whole number ≥ 0, got ${String(n)}`);
    const total = pairs.score.length;
    if (pairs.a.length !== total || pairs.b.length !== total) {
      throw new Error(`diagonal/pair-graph: a, b and score must have the same length, got ${pairs.a.length}, ${pairs.b.length} and ${total}`);
    }
    let m = 0;
    for (let k = 0; k < total; k++) if (pairs.score[k]! >= minScore) m++;
    this.source = new Int32Array(m);
    this.target = new Int32Array(m);
    this.weight = new Float64Array(m);
    this.degrees = new Int32Array(n);
    for (let k = 0, e = 0; k < total; k++) {
      const w = pairs.score[k]!;
      if (!(w >= minScore)) continue;
      const s = pairs.a[k]!;
      const t = pairs.b[k]!;
      if (!(Number.isInteger(s) && Number.isInteger(t) && s >= 0 && t >= 0 && s < n && t < n)) {
        throw new Error(`diagonal/pair-graph: pair ${k} links ${s} and ${t}, expected two node indexes below ${n}`);
      }
      if (s === t) throw new Error(`diagonal/pair-graph: pair ${k} links node ${s} to itself`);
      this.source[e] = s;
      this.target[e] = t;
      this.weight[e] = w;
      this.degrees[s]!++;
      this.degrees[t]!++;
      e++;
    }
    this.order = n;
    this.size = m;
    this.keys = Array.from({ length: n }, (_x, i) => String(i));
  }

  get undirectedSize(): number {
    return this.size;
  }

  private indexOf(node: unknown, method: string): number {
    const i = typeof node === "number" ? node : Number(node);
    if (!(Number.isInteger(i) && i >= 0 && i < this.order && this.keys[i] === String(node))) {
      throw new Error(`diagonal/pair-graph: ${method}: node "${String(node)}" not found`);
    }
    return i;
  }

  hasNode(node: unknown): boolean {
    const i = Number(node);
    return Number.isInteger(i) && i >= 0 && i < this.order && this.keys[i] === String(node);
  }

  nodes(): string[] {
    return this.keys.slice();
  }

  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void {
    for (let i = 0; i < this.order; i++) callback(this.keys[i]!, NO_ATTRIBUTES);
  }

  getNodeAttributes(node: unknown): NodeAttributes {
    this.indexOf(node, "getNodeAttributes");
    return NO_ATTRIBUTES;
  }

  degree(node: unknown): number {
    return this.degrees[this.indexOf(node, "degree")]!;
  }

  undirectedDegree(node: unknown): number {
    return this.degrees[this.indexOf(node, "undirectedDegree")]!;
  }

  undirectedDegreeWithoutSelfLoops(node: unknown): number {
    return this.degrees[this.indexOf(node, "undirectedDegreeWithoutSelfLoops")]!;
  }

  /** Edge keys are their position, as strings. Each call hands out fresh attribute objects. */
  forEachEdge(
    callback: (edge: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes, undirected: boolean) => void,
  ): void {
    for (let e = 0; e < this.size; e++) {
      callback(String(e), { weight: this.weight[e]! }, this.keys[this.source[e]!]!, this.keys[this.target[e]!]!, NO_ATTRIBUTES, NO_ATTRIBUTES, true);
    }
  }

  // graphology-utils/is-graph recognises a graph by these methods; the graph never changes.
  addUndirectedEdgeWithKey = READ_ONLY("addUndirectedEdgeWithKey");
  dropNode = READ_ONLY("dropNode");
  setNodeAttribute = READ_ONLY("setNodeAttribute");
  addNode = READ_ONLY("addNode");
  addEdge = READ_ONLY("addEdge");
}
