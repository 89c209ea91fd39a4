// Reads what the health report needs of the graph without reading every partner and participation:
// the counts, every network with its degree and themes, confirmed collaborations, the networks of
// each partner in more than one, and per theme its partners grouped by kind, size and where active.
// Large lists travel as a few records of parallel lists (one record per network would cost more
// in the driver than the report's whole computation). Returns the aggregates and the network of
// networks (themes, networks, ADDRESSES, COLLABORATES_WITH) as an analysis graph.
import { readQuery } from "../../db/index.ts";
import { emptyGraph, nodeKey, type DiagonalGraph } from "../../analysis/graph.ts";
import type { NetworkAggregates } from "../../analysis/network-figures.ts";
import type { Db } from "../entities/store.ts";

type ThemeRow = Omit<NetworkAggregates["themes"][number], "partners"> & { partners: { kind: string; size: string | null; activeIn: string | null; n: number }[] };

/** Themes, every network with its degree and themes, and confirmed collaborations, as an analysis graph. */
export async function readNetworks(db: Db): Promise<{ graph: DiagonalGraph; degrees: NetworkAggregates["degrees"] }> {
  const read = async <T>(query: string) => readQuery<T>(db.driver, `reports/${query}`, {}, db.database);
  const themes = await read<{ id: string; nameNl: string; nameEn: string }>("themes");
  const [networks] = await read<{ ids: string[]; names: (string | null)[]; degrees: number[]; themes: string[][] }>("health-networks");
  const [collaborations] = await read<{ pairs: [string, string][] }>("health-collaborations");
  const graph = emptyGraph();
  for (const t of themes) graph.mergeNode(nodeKey("theme", t.id), { type: "theme", id: t.id, nameNl: t.nameNl, nameEn: t.nameEn });
  const ids = networks?.ids ?? [];
  const degrees: NetworkAggregates["degrees"] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!, name = networks!.names[i] ?? id;
    degrees.push({ id, name, degree: networks!.degrees[i]! });
    const key = nodeKey("project", id);
    graph.mergeNode(key, { type: "project", id, name, status: "active" });
    for (const theme of networks!.themes[i]!) graph.mergeEdge(key, nodeKey("theme", theme), { type: "ADDRESSES", weight: 1 });
  }
  for (const [a, b] of collaborations?.pairs ?? []) graph.mergeEdge(nodeKey("project", a), nodeKey("project", b), { type: "COLLABORATES_WITH" });
  return { graph, degrees };
}

export async function networkOfNetworks(db: Db): Promise<{ graph: DiagonalGraph; aggregates: NetworkAggregates }> {
  const read = async <T>(query: string) => readQuery<T>(db.driver, `reports/${query}`, {}, db.database);
  const [counts] = await read<NetworkAggregates["counts"]>("health-counts");
  const { graph, degrees } = await readNetworks(db);
  const [partnerNetworks] = await read<{ lists: string[][] }>("health-partner-networks");
  const themes = (await read<ThemeRow>("health-theme-partners")).map((t) => ({
    ...t,
    partners: t.partners.map((g) => ({ kind: g.kind, n: g.n, ...(g.size ? { size: g.size } : {}), ...(g.activeIn ? { activeIn: g.activeIn } : {}) })),
  }));
  return { graph, aggregates: { counts: counts!, degrees, partnerNetworks: partnerNetworks?.lists ?? [], themes } };
}
