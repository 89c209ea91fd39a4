// The details panel a click (or Enter on a table row, or N/P) opens: for a network its name,
// status and period, themes, number of partners, outcomes with their links and public
// collaborations; for a partner its networks; for a theme its networks. A labelled region that
// takes the keyboard focus when it opens (its heading), closes with its button or Esc, and
// whose network and theme names open their own maps.
import type Graph from "graphology";
import type { MapData, MapEdgeAttributes, MapNodeAttributes } from "../../schemas/maps.ts";
import type { Lang } from "../i18n.ts";
import { panelWords, partialDate } from "./map-words.ts";
import { el as h } from "./dom.ts";

export interface PanelOptions {
  lang: Lang;
  data: MapData;
  labelOf(a: MapNodeAttributes): string;
  linkFor?: ((key: string) => string | undefined) | undefined;
  select(key: string | null): void;
}

export function renderPanel(panel: HTMLElement, graph: Graph<MapNodeAttributes, MapEdgeAttributes>, key: string | null, o: PanelOptions): void {
  const w = panelWords(o.lang);
  if (!key || !graph.hasNode(key)) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  const a = graph.getNodeAttributes(key);
  const name = o.labelOf(a);
  panel.hidden = false;
  panel.setAttribute("aria-label", w.panelOf(name));
  const close = h("button", { type: "button", class: "panel-close", "aria-label": w.close, title: w.close }, "×");
  close.addEventListener("click", () => o.select(null));
  const heading = h("h2", { tabindex: "-1" }, name);
  const kind = h("p", { class: "panel-kind" }, w.kinds[a.kind] ?? a.kind);
  const body: HTMLElement[] = [];
  const section = (title: string, items: HTMLElement[] | string) => {
    body.push(h("h3", {}, title));
    if (typeof items === "string") body.push(h("p", {}, items));
    else if (!items.length) body.push(h("p", { class: "note" }, w.none));
    else {
      const ul = h("ul");
      for (const i of items) { const li = h("li"); li.append(i); ul.append(li); }
      body.push(ul);
    }
  };
  const nodeLink = (k: string, label: string) => {
    const href = o.linkFor?.(k);
    if (graph.hasNode(k)) {
      const b = h("button", { type: "button", class: "link-button" }, label);
      b.addEventListener("click", () => o.select(k));
      return b;
    }
    return href ? h("a", { href }, label) : h("span", {}, label);
  };
  const themeName = new Map(o.data.attributes.themes.map((t) => [t.id, o.lang === "nl" ? t.nameNl : t.nameEn]));
  if (a.kind === "project") {
    const status = a.status ? w.statuses[a.status] ?? a.status : "";
    const at = (d: string) => partialDate(o.lang, d);
    const period = a.start && a.end ? w.fromTo(at(a.start), at(a.end)) : a.start ? `${w.since} ${at(a.start)}` : a.end ? `${w.until} ${at(a.end)}` : w.noPeriod;
    const facts = h("dl", { class: "panel-facts" });
    for (const [dt, dd] of [[w.status, status], [w.period, period], [w.partners, String(a.partners ?? 0)]] as const) facts.append(h("dt", {}, dt), h("dd", {}, dd));
    body.push(facts);
    section(w.themes, (a.themes ?? []).map((t) => nodeLink(`theme:${t}`, themeName.get(t) ?? t)));
    section(w.outcomes, (a.outcomes ?? []).map((x) => (x.url && /^https?:\/\//.test(x.url) ? h("a", { href: x.url, rel: "noopener", target: "_blank" }, x.title) : h("span", {}, x.title))));
    const collaborations = graph.edges(key).filter((e) => graph.getEdgeAttribute(e, "kind") === "collaboration").map((e) => graph.opposite(key, e));
    section(w.collaborations, collaborations.sort().map((k) => nodeLink(k, o.labelOf(graph.getNodeAttributes(k)))));
    const own = o.linkFor?.(key);
    if (own && o.data.attributes.subject !== key.slice(8)) { const p = h("p"); p.append(h("a", { href: own }, w.openNetworkMap)); body.push(p); }
  } else if (a.kind === "partner") {
    section(w.networks, (a.networks ?? []).map((n) => nodeLink(n.key, n.label)));
  } else if (a.kind === "theme") {
    const networks = graph.neighbors(key).filter((k) => graph.getNodeAttribute(k, "kind") === "project");
    section(w.networks, networks.sort().map((k) => nodeLink(k, o.labelOf(graph.getNodeAttributes(k)))));
    const own = o.linkFor?.(key);
    if (own && o.data.attributes.subject !== key.slice(6)) { const p = h("p"); p.append(h("a", { href: own }, w.openThemeMap)); body.push(p); }
  }
  panel.replaceChildren(close, heading, kind, ...body);
}
