// The health report reads aggregates instead of the whole graph: the figures built from them and
// the network of networks must equal the figures computed on the whole graph. The aggregates are
// computed here from the dataset's rows (as the database would), not through the report code.
import { describe, expect, it } from "vitest";
import { datasetToGraph } from "../../src/analysis/graph.ts";
import { networkFigures, networkFiguresFromAggregates, type NetworkAggregates } from "../../src/analysis/network-figures.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import type { Dataset } from "../../src/schemas/index.ts";

function aggregates(d: Dataset, graph: ReturnType<typeof datasetToGraph>): NetworkAggregates {
  const byPartner = new Map<string, string[]>();
  for (const p of d.participations) byPartner.set(p.partner, [...(byPartner.get(p.partner) ?? []), p.project]);
  const partner = new Map(d.partners.map((p) => [p.id, p]));
  const themes = d.themes.map((t) => {
    const networks = new Set(d.projectThemes.filter((pt) => pt.theme === t.id).map((pt) => pt.project));
    const partners = new Set(d.participations.filter((p) => networks.has(p.project)).map((p) => p.partner));
    const groups = new Map<string, { kind: string; size?: string; activeIn?: string; n: number }>();
    for (const id of partners) {
      const p = partner.get(id)!;
      const key = `${p.kind}|${p.size ?? ""}|${p.activeIn ?? ""}`;
      const g = groups.get(key) ?? { kind: p.kind, ...(p.size ? { size: p.size } : {}), ...(p.activeIn ? { activeIn: p.activeIn } : {}), n: 0 };
      g.n++;
      groups.set(key, g);
    }
    const outcomes = d.outcomes.filter((o) => (o.themes ?? []).includes(t.id)).length;
    return { id: t.id, nameNl: t.nameNl, nameEn: t.nameEn, networks: networks.size, outcomes, partners: [...groups.values()] };
  });
  return {
    counts: { projects: d.projects.length, partners: d.partners.length, themes: d.themes.length, outcomes: d.outcomes.length, collaborations: d.collaborations.length, participations: d.participations.length },
    degrees: d.projects.map((p) => ({ id: p.id, name: p.name, degree: graph.degree(`project:${p.id}`) })),
    partnerNetworks: [...byPartner.values()].filter((n) => n.length > 1),
    themes,
  };
}

/** The network of networks: the whole graph without partners and outcomes. */
function networksOnly(graph: ReturnType<typeof datasetToGraph>) {
  const g = graph.copy();
  g.forEachNode((k, a) => { if (a.type === "partner" || a.type === "outcome") g.dropNode(k); });
  return g;
}

describe("network figures from aggregates", () => {
  it("equal the figures computed on the whole graph (generated programme of 300 networks)", () => {
    const { dataset } = generateDataset({ projects: 300, seed: 11 });
    const graph = datasetToGraph(dataset);
    const whole = networkFigures(graph);
    const fromAggregates = networkFiguresFromAggregates(networksOnly(graph), aggregates(dataset, graph));
    expect(whole.components.length).toBeGreaterThan(0);
    expect(whole.counts.collaborations).toBeGreaterThan(0);
    expect(fromAggregates).toEqual(whole);
  });
});
