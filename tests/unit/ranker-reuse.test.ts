// When a run reuses the previous run's learned rankers: the graph unchanged or changed below the
// threshold (measured from the graph the rankers were fitted on, estimated by graph-sketch.ts),
// with the same decisions, seed, weights and learner version; fitted again when the graph changed
// beyond the threshold or the learner's version differs. The sketch's change estimate itself is
// checked against the exact share of changed elements.
import { describe, expect, it } from "vitest";
import { datasetToGraph, nodeKey, type DiagonalGraph } from "../../src/analysis/graph.ts";
import { graphSummary, sketchChange } from "../../src/analysis/graph-sketch.ts";
import { graphFingerprint } from "../../src/analysis/graph-fingerprint.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { analysisParams } from "../../src/services/analysis/index.ts";
import { LEARNER_VERSION, RANKER_REUSE, runRankers, type RankerProvenance } from "../../src/services/analysis/run-rankers.ts";
import type { StoredRun } from "../../src/services/analysis/records.ts";

const { dataset } = generateDataset({ projects: 200, seed: 5 });
const params = analysisParams({ seed: 3 });

/** A project node's description set (the graph's typings name only the attributes every node has). */
const setDescription = (graph: DiagonalGraph, key: string, text: string) =>
  (graph as unknown as { setNodeAttribute(key: string, name: string, value: string): void }).setNodeAttribute(key, "description", text);

/** A copy of the graph with the descriptions of the first `count` projects changed. */
function withChangedProjects(graph: DiagonalGraph, count: number): DiagonalGraph {
  const copy = graph.copy();
  dataset.projects.slice(0, count).forEach((p) => setDescription(copy, nodeKey("project", p.id), `${p.description ?? ""} circular procurement pilot`));
  return copy;
}

/** What runRankers is given for a graph, the previous run and its rankers' provenance. */
function input(graph: DiagonalGraph, previous?: StoredRun) {
  const { fingerprint, sketch } = graphSummary(graph);
  return { graph, graphFingerprint: fingerprint, graphSketch: sketch, params, weightsGiven: false, decisions: [], previous };
}

const asRun = (id: string, out: ReturnType<typeof runRankers>): StoredRun =>
  ({ id, params: { rankers: out.provenance }, rankers: out.rankers }) as unknown as StoredRun;

describe("graph sketches", () => {
  it("give the same fingerprint as graphFingerprint, no change for an equal graph, and the exact share on a small graph", () => {
    const graph = datasetToGraph(dataset);
    const { fingerprint, sketch } = graphSummary(graph);
    expect(fingerprint).toBe(graphFingerprint(graph));
    expect(sketchChange(sketch, graphSummary(graph.copy()).sketch)).toBe(0);
    // Sketched whole (fewer elements than the sketch size): the change is exact. One changed node is
    // one element removed and one added: 2 of (elements + 1) in the union.
    const small = datasetToGraph(generateDataset({ projects: 12, seed: 2 }).dataset);
    const elements = small.order + small.size;
    expect(elements).toBeLessThan(512);
    const changed = small.copy();
    setDescription(changed, changed.filterNodes((_k, a) => a.type === "project")[0]!, "another text");
    expect(sketchChange(graphSummary(small).sketch, graphSummary(changed).sketch)).toBeCloseTo(2 / (elements + 1), 10);
  });

  it("estimate the share of changed elements on a graph larger than the sketch", () => {
    const graph = datasetToGraph(dataset);
    const elements = graph.order + graph.size;
    expect(elements).toBeGreaterThan(4 * 512);
    const changed = withChangedProjects(graph, 100);
    const exact = 1 - (elements - 100) / (elements + 100);
    const estimate = sketchChange(graphSummary(graph).sketch, graphSummary(changed).sketch);
    // Standard error √(J(1 − J)/512) ≈ 0.01 here: within four of them.
    expect(Math.abs(estimate - exact)).toBeLessThan(0.04);
    expect(estimate).toBeGreaterThan(0);
  });
});

describe("reusing learned rankers", () => {
  const graph = datasetToGraph(dataset);
  const first = runRankers(input(graph));
  const firstRun = asRun("run-1", first);

  it("fits on a first run and records the learner and the graph it fitted on", () => {
    expect(first.rankers.networks.source).toBe("learned");
    expect(first.provenance.reusedFrom).toBeUndefined();
    expect(first.provenance.learnerVersion).toBe(LEARNER_VERSION);
    expect(first.provenance.fittedOn?.elements).toBe(graph.order + graph.size);
  });

  it("reuses them when the graph is unchanged", () => {
    const again = runRankers(input(graph.copy(), firstRun));
    expect(again.provenance.reusedFrom).toBe("run-1");
    expect(again.provenance.graphChange).toBe(0);
    expect(again.rankers).toBe(firstRun.rankers);
  });

  it("reuses them when the graph changed below the threshold, says how much, and measures later runs from the fitting run's graph", () => {
    const slightly = withChangedProjects(graph, 2);
    const second = runRankers(input(slightly, firstRun));
    const p = second.provenance as RankerProvenance;
    expect(p.reusedFrom).toBe("run-1");
    expect(p.graphChange).toBeGreaterThan(0);
    expect(p.graphChange).toBeLessThan(RANKER_REUSE.maxGraphChange);
    expect(p.reason).toMatch(/(about|under) \d+\.\d+ % of the graph's nodes and edges changed since run run-1 fitted the rankers \(below 2\.00 %\)/);
    expect(p.fittedOn).toEqual(first.provenance.fittedOn);
    // A third run on a graph moved further is compared with run-1's graph, not run-2's: drift adds up.
    const further = runRankers(input(withChangedProjects(graph, 150), asRun("run-2", second)));
    expect(further.provenance.reusedFrom).toBeUndefined();
    expect(further.rankers.networks.source).toBe("learned");
  });

  it("fits again when the graph changed beyond the threshold", () => {
    const changed = withChangedProjects(graph, 150);
    const out = runRankers(input(changed, firstRun));
    expect(out.provenance.reusedFrom).toBeUndefined();
    expect(out.provenance.fittedOn).toEqual(graphSummary(changed).sketch);
  });

  it("fits again when the learner's version differs, even on an unchanged graph", () => {
    const older = asRun("run-old", {
      rankers: first.rankers,
      provenance: { ...first.provenance, inputs: "hash of an older learner", settings: "settings of an older learner", learnerVersion: LEARNER_VERSION - 1 },
    });
    const out = runRankers(input(graph, older));
    expect(out.provenance.reusedFrom).toBeUndefined();
    expect(out.provenance.learnerVersion).toBe(LEARNER_VERSION);
  });

  it("fits again when the threshold is zero and the graph changed at all", () => {
    const out = runRankers({ ...input(withChangedProjects(graph, 1), firstRun), maxGraphChange: 0 });
    expect(out.provenance.reusedFrom).toBeUndefined();
  });
});
