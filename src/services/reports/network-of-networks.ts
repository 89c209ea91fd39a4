// Reads what the health report needs of the graph without reading every partner and participation:
// the counts, every network with its degree and themes, confirmed collaborations, the networks of
// each partner in more than one, and per theme its partners grouped by kind, size and where active.
// Large lists travel as a few hundred records of rows (one record per network would cost more in
// the driver than the report's whole computation; see db/session.ts readRows). Returns the aggregates and the network of
// networks (themes, networks, ADDRESSES, COLLABORATES_WITH) as an analysis graph.
import { readQuery, readRows } from "../../db/index.ts";
import { emptyGraph, nodeKey, type DiagonalGraph } from "../../analysis/graph.ts";
import type { NetworkAggregates } from "../../analysis/network-figures.ts";
import type { Db } from "../entities/store.ts";

type ThemeRow = Omit<NetworkAggregates["themes"][number], "partners"> & { partners: { kind: string; size: string | null; activeIn: string | null; n: number }[] };

/** Themes, every network with its degree and themes, and confirmed collaborations, as an analysis graph. */
export async function readNetworks(db: Db): Promise<{ graph: DiagonalGraph; degrees: NetworkAggregates["degrees"] }> {
  const rows = <T extends unknown[]>(query: string) => readRows<T>(db.driver, `reports/${query}`, {}, db.database);
  const [themes, networks, collaborations] = await Promise.all([
    readQuery<{ id: string; nameNl: string; nameEn: string }>(db.driver, "reports/themes", {}, db.database),
    rows<[string, string | null, number, string[]]>("health-networks"),
    rows<[string, string]>("health-collaborations"),
  ]);
  const graph = emptyGraph();
  for (const t of themes) graph.mergeNode(nodeKey("theme", t.id), { type: "theme", id: t.id, nameNl: t.nameNl, nameEn: t.nameEn });
  const degrees: NetworkAggregates["degrees"] = [];
  for (const [id, named, degree, addressed] of networks) {
    const name = named ?? id;
    degrees.push({ id, name, degree });
    const key = nodeKey("project", id);
    graph.mergeNode(key, { type: "project", id, name, status: "active" });
    for (const theme of addressed) graph.mergeEdge(key, nodeKey("theme", theme), { type: "ADDRESSES", weight: 1 });
  }
  for (const [a, b] of collaborations) graph.mergeEdge(nodeKey("project", a), nodeKey("project", b), { type: "COLLABORATES_WITH" });
  return { graph, degrees };
}

export async function networkOfNetworks(db: Db): Promise<{ graph: DiagonalGraph; aggregates: NetworkAggregates }> {
  const read = async <T>(query: string) => readQuery<T>(db.driver, `reports/${query}`, {}, db.database);
  const [[counts], { graph, degrees }, partnerNetworks, themeRows] = await Promise.all([
    read<NetworkAggregates["counts"]>("health-counts"),
    readNetworks(db),
    readRows<string[]>(db.driver, "reports/health-partner-networks", {}, db.database),
    read<ThemeRow>("health-theme-partners"),
  ]);
  const themes = themeRows.map((t) => ({
    ...t,
    partners: t.partners.map((g) => ({ kind: g.kind, n: g.n, ...(g.size ? { size: g.size } : {}), ...(g.activeIn ? { activeIn: g.activeIn } : {}) })),
  }));
  return { graph, aggregates: { counts: counts!, degrees, partnerNetworks, themes } };
}
