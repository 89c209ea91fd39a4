// The table alternative of a map: every node (name, kind or community, what it is linked to) and
// the collaborations and suggestions with their reasons. Real table markup with captions and
// header cells, so it reads well with a screen reader and works without WebGL; a row's button
// selects the node on the map, a network's link opens its own map.
import type Graph from "graphology";
import type { MapEdgeAttributes, MapNodeAttributes } from "../../schemas/maps.ts";
import { mapWords, type Lang } from "../i18n.ts";

/** Rows in the links table; the nodes table is always complete. */
const MAX_LINK_ROWS = 500;

interface TableOptions {
  labelOf(a: MapNodeAttributes): string;
  select(key: string | null): void;
  linkFor?: ((key: string) => string | undefined) | undefined;
}

export function renderMapTables(root: HTMLElement, graph: Graph<MapNodeAttributes, MapEdgeAttributes>, lang: Lang, o: TableOptions): void {
  const w = mapWords(lang);
  const legend = new Map<string, string>();
  const groupName = (a: MapNodeAttributes) => legend.get(a.group) ?? a.group;
  for (const li of document.querySelectorAll<HTMLElement>(".map-legend li[data-group]")) {
    legend.set(li.dataset.group!, li.querySelector(".legend-name")?.textContent ?? "");
  }

  const nodes = document.createElement("table");
  nodes.className = "map-nodes";
  nodes.createCaption().textContent = w.nodes(graph.order);
  const head = nodes.createTHead().insertRow();
  for (const h of [w.name, w.group, w.connected]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    head.append(th);
  }
  const body = nodes.createTBody();
  const keys = graph.nodes().sort((x, y) => o.labelOf(graph.getNodeAttributes(x)).localeCompare(o.labelOf(graph.getNodeAttributes(y))));
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    const row = body.insertRow();
    row.dataset.key = key;
    const name = document.createElement("th");
    name.scope = "row";
    const pick = document.createElement("button");
    pick.type = "button";
    pick.className = "link-button";
    pick.textContent = o.labelOf(a);
    pick.addEventListener("click", () => o.select(key));
    name.append(pick);
    const href = o.linkFor?.(key);
    if (href) {
      const link = document.createElement("a");
      link.href = href;
      link.textContent = ` (${w.openMap})`;
      name.append(link);
    }
    row.append(name);
    row.insertCell().textContent = groupName(a);
    const neighbours = graph.neighbors(key).map((n) => o.labelOf(graph.getNodeAttributes(n))).sort((x, y) => x.localeCompare(y));
    row.insertCell().textContent = neighbours.slice(0, 12).join(", ") + (neighbours.length > 12 ? ` … (+${neighbours.length - 12})` : "");
  }

  const links = document.createElement("table");
  links.className = "map-links";
  const rows: { s: string; t: string; a: MapEdgeAttributes }[] = [];
  graph.forEachEdge((_k, a, s, t) => { if (a.kind === "collaboration" || a.kind === "suggestion") rows.push({ s, t, a }); });
  rows.sort((x, y) => (x.a.kind === y.a.kind ? (y.a.score ?? 0) - (x.a.score ?? 0) : x.a.kind === "suggestion" ? 1 : -1));
  links.createCaption().textContent = `${w.links(rows.length)}${rows.length > MAX_LINK_ROWS ? ` — ${w.tableCut(MAX_LINK_ROWS, rows.length)}` : ""}`;
  const lhead = links.createTHead().insertRow();
  for (const h of [w.from, w.to, w.kind, w.why]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    lhead.append(th);
  }
  const lbody = links.createTBody();
  for (const { s, t, a } of rows.slice(0, MAX_LINK_ROWS)) {
    const row = lbody.insertRow();
    row.insertCell().textContent = o.labelOf(graph.getNodeAttributes(s));
    row.insertCell().textContent = o.labelOf(graph.getNodeAttributes(t));
    row.insertCell().textContent = a.kind === "suggestion" ? w.suggestion : w.collaboration;
    row.insertCell().textContent = ((lang === "nl" ? a.reasonsNl : a.reasonsEn) ?? []).join(" ");
  }
  root.replaceChildren(nodes, links);
}
