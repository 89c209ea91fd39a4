// One relationship map on a page: sigma.js (WebGL) draws the server's graphology data as is
// (positions, sizes and colours come with it); highlight, hover and search live in sigma's
// reducers, never in the data. Around it: a legend with counts, search, zoom and fit buttons,
// keyboard control, a tooltip with a suggestion's reasons, and the table alternative (which also
// works without WebGL and for screen readers). `showMap` returns kill() to free it.
import Graph from "graphology";
import Sigma from "sigma";
import type { MapData, MapEdgeAttributes, MapNodeAttributes } from "../../schemas/maps.ts";
import { mapWords, type Lang } from "../i18n.ts";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import { DashedEdgeProgram } from "./dashed-edge-program.ts";
import { DashedLineProgram } from "./dashed-line-program.ts";
import { UnusedEdgeProgram } from "./unused-edge-program.ts";
import { labelRoomCamera } from "./label-room.ts";
import { whenSized } from "./when-sized.ts";
import { renderMapTables } from "./map-table.ts";

export interface MapHandle {
  kill(): void;
  /** Selects a node as a click would (null clears). */
  select(key: string | null): void;
  /** Viewport position of a node, for tests and the benchmark. */
  position(key: string): { x: number; y: number } | undefined;
  /** Nodes drawn highlighted right now (the focus and its neighbours), empty when nothing is focused. */
  highlighted(): string[];
  renderer: Sigma | undefined;
}

/**
 * From this many edges a map is "large": edges are one-pixel GL lines (two vertices each) instead
 * of sigma's default rectangles (two triangles with antialiased borders), and edges and labels
 * wait while the camera moves. Software WebGL (no GPU) draws 10,000 lines several times faster.
 */
const LARGE_MAP_EDGES = 2000;
/** Hovering edges needs a second, hidden drawing of them (sigma's picking layer): small maps only. */
const MOST_HOVERABLE_EDGES = 5000;

type Node = MapNodeAttributes & { hidden?: boolean };
type Edge = MapEdgeAttributes & { type?: string };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

export function showMap(root: HTMLElement, data: MapData, lang: Lang, options: { dataUrl: string; linkFor?: (key: string) => string | undefined }): MapHandle {
  const w = mapWords(lang);
  const graph = new Graph<Node, Edge>({ type: "undirected" });
  graph.import(data as never);
  performance.mark("diagonal-map-graph");
  const labelOf = (a: Node) => (lang === "nl" && a.labelNl ? a.labelNl : a.label);
  const title = lang === "nl" ? data.attributes.titleNl : data.attributes.titleEn;

  root.replaceChildren();
  root.classList.add("diagonal-map");
  const header = el("header", { class: "map-header" });
  header.append(el("h1", { class: "map-title" }, title));
  const toolbar = el("div", { class: "map-toolbar", role: "toolbar", "aria-label": title });
  const searchLabel = el("label", { class: "visually-hidden", for: "map-search" }, w.searchLabel);
  const search = el("input", { id: "map-search", type: "search", placeholder: w.search, list: "map-search-options", autocomplete: "off" });
  const options_ = el("datalist", { id: "map-search-options" });
  // Search by exact name: the index is made on the first search, not before the first frame.
  let labels: Map<string, string> | undefined;
  const nodeNamed = (name: string) => {
    if (!labels) {
      labels = new Map();
      graph.forEachNode((key, a) => labels!.set(labelOf(a).toLowerCase(), key));
    }
    return labels.get(name);
  };
  // Thousands of <option>s would delay the first frame: the suggestions are made when first wanted.
  search.addEventListener("focus", () => {
    if (options_.childElementCount) return;
    const fragment = document.createDocumentFragment();
    graph.forEachNode((_key, a) => fragment.append(el("option", { value: labelOf(a) })));
    options_.append(fragment);
  }, { once: true });
  const button = (text: string, cls: string, aria?: string) => el("button", { type: "button", class: cls, ...(aria ? { "aria-label": aria, title: aria } : {}) }, text);
  const zoomIn = button("+", "zoom-in", w.zoomIn);
  const zoomOut = button("−", "zoom-out", w.zoomOut);
  const fit = button("⤢", "fit", w.fit);
  const tableToggle = button(w.table, "table-toggle");
  tableToggle.setAttribute("aria-expanded", "false");
  tableToggle.setAttribute("aria-controls", "map-tables");
  const dataLink = el("a", { href: options.dataUrl, class: "data-link", type: "application/json" }, w.data);
  toolbar.append(searchLabel, search, options_, zoomIn, zoomOut, fit, tableToggle, dataLink);
  header.append(toolbar);

  const stage = el("div", { class: "map-stage" });
  const canvasBox = el("div", { class: "map-canvas", tabindex: "0", role: "application", "aria-roledescription": "map", "aria-label": w.mapLabel(title, graph.order, graph.size) });
  const tooltip = el("div", { class: "map-tooltip", role: "tooltip", hidden: "" });
  const live = el("p", { class: "visually-hidden", "aria-live": "polite" });
  stage.append(canvasBox, tooltip);

  const legend = el("section", { class: "map-legend", "aria-label": w.legend });
  legend.append(el("h2", {}, w.legend));
  const list = el("ul");
  for (const entry of data.attributes.legend) {
    const li = el("li", { "data-group": entry.group, "data-count": String(entry.count) });
    const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = entry.color;
    li.append(swatch, el("span", { class: "legend-name" }, lang === "nl" ? entry.nameNl : entry.nameEn), el("span", { class: "legend-count" }, String(entry.count)));
    list.append(li);
  }
  legend.append(list);
  const total = el("p", { class: "legend-total", "data-node-count": String(graph.order) }, `${w.nodes(graph.order)} · ${w.links(graph.size)}`);
  legend.append(total);
  if (data.attributes.truncated) legend.append(el("p", { class: "note" }, w.truncated));
  legend.append(el("p", { class: "keys" }, w.keys));

  const tables = el("section", { id: "map-tables", class: "map-tables", hidden: "" });
  const body = el("div", { class: "map-body" });
  body.append(stage, legend);
  root.append(header, body, tables, live);

  // Focus state, read by the reducers.
  let hovered: string | null = null;
  let selected: string | null = null;
  let matches: Set<string> | null = null;
  let neighbours = new Set<string>();
  const focus = () => hovered ?? selected;
  const refreshFocus = () => {
    const f = focus();
    neighbours = f && graph.hasNode(f) ? new Set([f, ...graph.neighbors(f)]) : new Set();
  };

  let renderer: Sigma<Node, Edge> | undefined;
  let home: CameraState | undefined;
  const large = graph.size > LARGE_MAP_EDGES;
  const draw = () => {
    // No separate WebGL probe: a context costs tens of milliseconds in software and counts
    // against the browser's limit of live contexts. Sigma throws when it gets none.
    // Sigma starts with an empty graph and gets the map's once the home camera is set: it draws
    // the map once, at the camera the visitor sees, instead of a first frame that the camera's
    // move would redraw at once (in software WebGL a frame of a large map costs ~0.5 s of CPU).
    const labelThreshold = graph.order > 300 ? 9 : 5;
    try { renderer = new Sigma<Node, Edge>(new Graph<Node, Edge>({ type: "undirected" }), canvasBox, {
      defaultEdgeType: "line",
      edgeProgramClasses: (large
        ? { line: EdgeLineProgram, dashed: DashedLineProgram, arrow: UnusedEdgeProgram }
        : { line: EdgeRectangleProgram, dashed: DashedEdgeProgram, arrow: UnusedEdgeProgram }) as never,
      enableEdgeEvents: graph.size <= MOST_HOVERABLE_EDGES,
      labelRenderedSizeThreshold: labelThreshold,
      // Large maps pan smoothly when edges and labels wait for the camera to stop.
      hideEdgesOnMove: large,
      hideLabelsOnMove: graph.order > 1000,
      // Small maps label (nearly) every node; large ones keep labels from overlapping.
      labelDensity: graph.order < 100 ? 3 : 0.7,
      labelGridCellSize: graph.order < 100 ? 40 : 100,
      labelFont: "system-ui, sans-serif",
      zIndex: true,
      // Sigma hands the reducers a copy of the attributes: they change it in place.
      nodeReducer: (key, a) => {
        const out = a as Record<string, unknown>;
        out.label = labelOf(a);
        if (a.centre) out.forceLabel = true;
        if (neighbours.size) {
          if (neighbours.has(key)) {
            out.zIndex = 1;
            out.forceLabel = key === focus() || graph.order < 300;
            if (key === focus()) out.highlighted = true;
          } else {
            out.color = "#e6e6e6";
            out.label = "";
            out.zIndex = 0;
          }
        } else if (matches) {
          if (matches.has(key)) out.highlighted = true;
          else { out.color = "#e6e6e6"; out.label = ""; }
        }
        return out as never;
      },
      edgeReducer: (key, a) => {
        const out = a as Record<string, unknown>;
        out.type = a.dashed ? "dashed" : "line";
        const f = focus();
        if (f) {
          if (!graph.hasExtremity(key, f)) out.hidden = true;
          else out.size = (a.size ?? 1) + 1;
        } else if (matches) {
          out.hidden = true;
        }
        return out as never;
      },
    }); } catch (err) {
      // No WebGL (blocked, or the browser's GPU process gave up): the table alternative instead.
      console.warn(`diagonal-map: no WebGL map (${(err as Error).message}); showing the table instead`);
      renderer = undefined;
      canvasBox.replaceChildren(el("p", { class: "note no-webgl" }, w.noWebgl));
      showTables();
      return;
    }
    // The full view leaves room for the labels on the right (sigma frames the nodes only): every
    // label of a small map, and on a large one those of nodes drawn big enough to be labelled.
    home = labelRoomCamera(renderer as unknown as Sigma, graph as unknown as Graph, {
      labelOf: (key) => labelOf(graph.getNodeAttributes(key)),
      labelShown: graph.order < 100 ? () => true : (key, size) => graph.getNodeAttribute(key, "centre") === true || size >= labelThreshold,
    });
    renderer.getCamera().setState(home);
    renderer.setGraph(graph);
    performance.mark("diagonal-map-sigma");
    // For the benchmark and for anyone profiling: when the first frame was on screen (setGraph
    // draws it; the next animation frame is the first after it was presented).
    requestAnimationFrame(() => performance.mark("diagonal-map-rendered"));
    renderer.on("enterNode", ({ node }) => { hovered = node; refreshFocus(); renderer!.refresh({ skipIndexation: true }); canvasBox.style.cursor = "pointer"; });
    renderer.on("leaveNode", () => { hovered = null; refreshFocus(); renderer!.refresh({ skipIndexation: true }); canvasBox.style.cursor = ""; });
    renderer.on("clickNode", ({ node }) => select(selected === node ? null : node));
    renderer.on("clickStage", () => select(null));
    renderer.on("enterEdge", ({ edge, event }) => {
      const a = graph.getEdgeAttributes(edge);
      const [s, t] = graph.extremities(edge);
      tooltip.replaceChildren(el("strong", {}, `${labelOf(graph.getNodeAttributes(s))} — ${labelOf(graph.getNodeAttributes(t))}`));
      tooltip.append(el("div", {}, a.kind === "suggestion" ? w.suggestion : a.kind === "collaboration" ? w.collaboration : w[a.kind]));
      const reasons = lang === "nl" ? a.reasonsNl : a.reasonsEn;
      if (reasons?.length) {
        tooltip.append(el("div", {}, w.suggestedBecause));
        const ul = el("ul");
        for (const r of reasons) ul.append(el("li", {}, r));
        tooltip.append(ul);
      }
      tooltip.style.left = `${Math.min(event.x + 12, canvasBox.clientWidth - 260)}px`;
      tooltip.style.top = `${event.y + 12}px`;
      tooltip.hidden = false;
    });
    renderer.on("leaveEdge", () => { tooltip.hidden = true; });
  };

  const camera = () => renderer?.getCamera();
  function select(key: string | null) {
    selected = key && graph.hasNode(key) ? key : null;
    refreshFocus();
    renderer?.refresh({ skipIndexation: true });
    for (const row of tables.querySelectorAll("tr[data-key]")) row.classList.toggle("selected", row.getAttribute("data-key") === selected);
    if (selected) {
      live.textContent = w.selected(labelOf(graph.getNodeAttributes(selected)), neighbours.size - 1);
      const d = renderer?.getNodeDisplayData(selected);
      if (d && renderer) void renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
    } else live.textContent = "";
  }

  search.addEventListener("input", () => {
    const q = search.value.trim().toLowerCase();
    const exact = nodeNamed(q);
    if (exact) { matches = null; select(exact); return; }
    matches = null;
    if (q.length >= 2) {
      matches = new Set();
      graph.forEachNode((key, a) => { if (labelOf(a).toLowerCase().includes(q)) matches!.add(key); });
    }
    if (selected) select(null);
    else renderer?.refresh({ skipIndexation: true });
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && matches?.size) { select([...matches].sort()[0]!); matches = null; }
  });
  zoomIn.addEventListener("click", () => void camera()?.animatedZoom({ duration: 200 }));
  zoomOut.addEventListener("click", () => void camera()?.animatedUnzoom({ duration: 200 }));
  fit.addEventListener("click", () => void (home && camera()?.animate(home, { duration: 200 })));
  const showTables = (shown = true) => {
    if (shown) buildTables();
    tables.hidden = !shown;
    tableToggle.setAttribute("aria-expanded", String(shown));
    tableToggle.textContent = shown ? w.hideTable : w.table;
  };
  tableToggle.addEventListener("click", () => showTables(tables.hidden));

  // Keyboard: zoom, fit, pan, and walking through the networks in name order.
  // The name order is sorted on the first n/p, not before the first frame.
  let byName: string[] | undefined;
  const networksByName = () => (byName ??= graph.nodes().filter((k) => graph.getNodeAttribute(k, "kind") === "project").sort((x, y) => labelOf(graph.getNodeAttributes(x)).localeCompare(labelOf(graph.getNodeAttributes(y)))));
  canvasBox.addEventListener("keydown", (e) => {
    const camera = renderer?.getCamera();
    if (!camera) return;
    const step = 0.1 * camera.ratio;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (e.key === "+" || e.key === "=") void camera.animatedZoom({ duration: 150 });
    else if (e.key === "-" || e.key === "_") void camera.animatedUnzoom({ duration: 150 });
    else if (e.key === "0") void (home && camera.animate(home, { duration: 150 }));
    else if (e.key === "Escape") select(null);
    else if ((e.key === "n" || e.key === "p") && networksByName().length) {
      const order = networksByName();
      const i = selected ? order.indexOf(selected) : -1;
      select(order[(i + (e.key === "n" ? 1 : order.length - 1) + (i < 0 && e.key === "p" ? 1 : 0)) % order.length]!);
    } else if (moves[e.key]) {
      const [dx, dy] = moves[e.key]!;
      camera.setState({ x: camera.x + dx, y: camera.y + dy });
    } else return;
    e.preventDefault();
  });

  // The tables are built when first shown (or at once without WebGL): thousands of rows need not
  // delay the first frame of the map.
  let tablesBuilt = false;
  const buildTables = () => {
    if (tablesBuilt) return;
    tablesBuilt = true;
    renderMapTables(tables, graph, lang, { labelOf, select, linkFor: options.linkFor });
    if (selected) tables.querySelector(`tr[data-key="${CSS.escape(selected)}"]`)?.classList.add("selected");
  };

  // Drawn when the map's box has a size (see when-sized.ts): at once in the usual case.
  let stopWaiting = () => {};
  if (graph.order > 0) stopWaiting = whenSized(canvasBox, draw);
  else canvasBox.append(el("p", { class: "note empty" }, w.empty));

  return {
    get renderer() { return renderer as Sigma | undefined; },
    select,
    position(key) {
      if (!renderer || !graph.hasNode(key)) return undefined;
      const a = graph.getNodeAttributes(key);
      return renderer.graphToViewport({ x: a.x, y: a.y });
    },
    highlighted: () => [...neighbours].sort(),
    kill() {
      stopWaiting();
      renderer?.kill();
      root.replaceChildren();
    },
  };
}
