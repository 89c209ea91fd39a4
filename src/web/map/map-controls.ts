// The map's side panel controls: filters by community, theme, status and node kind (on maps that
// mix kinds), the year slider (the network as it stood in a year), the suggestions toggle (only
// on maps that carry suggestions), and the legend of the lines that are drawn. Each control is a
// labelled form field; a change calls onChange with the new part of the view state.
import type { MapData } from "../../schemas/maps.ts";
import type { Lang } from "../i18n.ts";
import { panelWords } from "./map-words.ts";
import { yearRange, type ViewState } from "./view-state.ts";
import { el } from "./dom.ts";

export interface ControlsOptions {
  lang: Lang;
  data: MapData;
  state: ViewState;
  onChange(patch: Partial<ViewState>): void;
}

/** The kinds of line a map draws, in the colours the server gave them. */
export function lineKinds(data: MapData, showSuggestions: boolean, lang: Lang): { color: string; text: string; dashed?: boolean; kind: string }[] {
  const w = panelWords(lang);
  const seen = new Map<string, string>();
  for (const e of data.edges) {
    const a = e.attributes;
    const kind = a.kind === "collaboration" ? (a.across ? "across" : "collaboration") : a.kind === "suggestion" ? "suggestion" : "relation";
    if (!seen.has(kind)) seen.set(kind, a.color);
  }
  const out: { color: string; text: string; dashed?: boolean; kind: string }[] = [];
  if (seen.has("collaboration")) out.push({ kind: "collaboration", color: seen.get("collaboration")!, text: w.lineCollaboration });
  if (seen.has("across")) out.push({ kind: "across", color: seen.get("across")!, text: w.lineAcross });
  if (seen.has("suggestion") && showSuggestions) out.push({ kind: "suggestion", color: seen.get("suggestion")!, text: w.lineSuggestion, dashed: true });
  if (seen.has("relation")) out.push({ kind: "relation", color: seen.get("relation")!, text: w.lineRelation });
  return out;
}

export function renderLineLegend(box: HTMLElement, data: MapData, showSuggestions: boolean, lang: Lang): void {
  const w = panelWords(lang);
  const kinds = lineKinds(data, showSuggestions, lang);
  box.replaceChildren();
  if (!kinds.length) return;
  box.append(el("h3", {}, w.lines));
  const ul = el("ul");
  for (const k of kinds) {
    const li = el("li", { "data-line": k.kind });
    const svgNs = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("width", "22"); svg.setAttribute("height", "10"); svg.setAttribute("aria-hidden", "true");
    const line = document.createElementNS(svgNs, "line");
    for (const [a, v] of Object.entries({ x1: "1", y1: "5", x2: "21", y2: "5", stroke: k.color, "stroke-width": "2.5", ...(k.dashed ? { "stroke-dasharray": "5 3" } : {}) })) line.setAttribute(a, v);
    svg.append(line);
    li.append(svg, el("span", {}, k.text));
    ul.append(li);
  }
  box.append(ul);
}

export function renderFilters(form: HTMLElement, o: ControlsOptions): void {
  const w = panelWords(o.lang);
  const { data, state } = o;
  form.replaceChildren(el("h3", {}, w.filters));
  let n = 0;
  const select = (name: keyof ViewState, label: string, options: [string, string][]) => {
    if (options.length < 2 && !state[name]) return;
    const id = `map-filter-${name}-${n++}`;
    const row = el("div", { class: "filter-row" });
    const s = el("select", { id, name, "data-filter": name });
    s.append(el("option", { value: "" }, w.all));
    for (const [v, t] of options) s.append(el("option", { value: v }, t));
    s.value = String(state[name] ?? "");
    s.addEventListener("change", () => o.onChange({ [name]: s.value || undefined }));
    row.append(el("label", { for: id }, label), s);
    form.append(row);
  };
  const communities = data.attributes.legend.filter((l) => /^c\d+$/.test(l.group));
  select("community", w.community, communities.map((l) => [l.group, o.lang === "nl" ? l.nameNl : l.nameEn]));
  select("theme", w.theme, data.attributes.themes.map((t) => [t.id, o.lang === "nl" ? t.nameNl : t.nameEn] as [string, string]).sort((a, b) => a[1].localeCompare(b[1])));
  const statuses = [...new Set(data.nodes.map((x) => x.attributes.status).filter((x): x is string => !!x))].sort();
  select("status", w.status, statuses.map((x) => [x, w.statuses[x] ?? x]));
  const kinds = [...new Set(data.nodes.map((x) => x.attributes.kind))];
  if (kinds.length > 1) select("kind", w.nodeKind, kinds.map((k) => [k, w.kinds[k] ?? k]));

  const range = yearRange(data);
  if (range && range.max > range.min) {
    const row = el("div", { class: "filter-row year-row" });
    const id = `map-year-${n++}`;
    const all = el("input", { type: "checkbox", id: `${id}-all`, "data-filter": "all-years" });
    all.checked = state.year === undefined;
    const slider = el("input", { type: "range", id, min: String(range.min), max: String(range.max), step: "1", "data-filter": "year" });
    slider.value = String(state.year ?? range.max);
    slider.disabled = state.year === undefined;
    const out = el("output", { for: id, class: "year-value" }, state.year === undefined ? "" : String(state.year));
    slider.setAttribute("aria-valuetext", state.year === undefined ? w.allYears : w.yearShown(state.year));
    all.addEventListener("change", () => o.onChange({ year: all.checked ? undefined : Number(slider.value) }));
    slider.addEventListener("input", () => o.onChange({ year: Number(slider.value) }));
    const allLabel = el("label", { for: `${id}-all`, class: "inline" });
    allLabel.append(all, document.createTextNode(` ${w.allYears}`));
    row.append(el("label", { for: id }, w.year), out, slider, allLabel);
    if (state.year !== undefined) row.append(el("p", { class: "year-note" }, w.yearShown(state.year)));
    form.append(row);
  }
  if (data.attributes.suggestions && data.edges.some((e) => e.attributes.kind === "suggestion")) {
    const row = el("div", { class: "filter-row" });
    const box = el("input", { type: "checkbox", id: `map-suggestions-${n++}`, "data-filter": "suggestions" });
    box.checked = state.suggestions !== false;
    box.addEventListener("change", () => o.onChange({ suggestions: box.checked ? undefined : false }));
    const label = el("label", { for: box.id, class: "inline" });
    label.append(box, document.createTextNode(` ${w.showSuggestions}`));
    row.append(label);
    form.append(row);
  }
}
