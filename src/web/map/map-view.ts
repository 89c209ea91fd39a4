// One relationship map on a page: sigma.js (WebGL) draws the server's graphology data as is
// (positions, sizes and colours come with it); highlight, hover, search, filters and the year
// live in sigma's reducers, never in the data. Around it: a legend with counts, the lines' legend
// and the size measure, filters and the year slider, search, zoom and fit buttons, keyboard
// control, a tooltip with a suggestion's reasons, the details panel a click opens, PNG and SVG
// downloads, a footer with the source, and the table alternative (which replaces the map while
// shown, works without WebGL and for screen readers). Labels are placed by our own pass
// (label-placement.ts): no two drawn labels overlap. Below about 700 px the legend and filters
// fold behind a button. The view (selection, camera, filters) is reported through onState, for
// the URL's hash. `showMap` returns kill() to free it.
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
import { LabelPlacement, type LabelBox } from "./label-placement.ts";
import { renderPanel } from "./map-panel.ts";
import { lineKinds, renderFilters, renderLineLegend } from "./map-controls.ts";
import { downloadPng, downloadSvg, type Picture } from "./map-download.ts";
import { localDate, panelWords } from "./map-words.ts";
import { networkPasses, type ViewState } from "./view-state.ts";
import { el } from "./dom.ts";

export interface MapHandle {
  kill(): void;
  /** Selects a node as a click would (null clears). */
  select(key: string | null): void;
  /** Viewport position of a node, for tests and the benchmark. */
  position(key: string): { x: number; y: number } | undefined;
  /** Nodes drawn highlighted right now (the focus and its neighbours), empty when nothing is focused. */
  highlighted(): string[];
  /** The labels drawn in the last frame, with their boxes in viewport pixels. */
  labelBoxes(): LabelBox[];
  /** Nodes the filters and the year leave on the map. */
  visibleNodes(): string[];
  /** Edges drawn (filters, year and the suggestions toggle applied). */
  visibleEdges(): string[];
  /** The current view: what the URL's hash holds. */
  state(): ViewState;
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

export interface MapOptions {
  dataUrl: string;
  linkFor?: (key: string) => string | undefined;
  /** The view to open with (from the URL's hash or the element's attributes). */
  state?: ViewState;
  /** Told of every change of the view, for the URL's hash. */
  onState?: (state: ViewState) => void;
}

export function showMap(root: HTMLElement, data: MapData, lang: Lang, options: MapOptions): MapHandle {
  const w = mapWords(lang);
  const pw = panelWords(lang);
  let view: ViewState = { ...(options.state ?? {}) };
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
  const sideToggle = button(pw.legendButton, "legend-toggle");
  sideToggle.setAttribute("aria-expanded", "false");
  sideToggle.setAttribute("aria-controls", "map-side");
  // The accessible name starts with the visible text (WCAG 2.5.3).
  const pngButton = button(pw.downloadPng, "download-png", `${pw.downloadPng}: ${pw.download}`);
  const svgButton = button(pw.downloadSvg, "download-svg", `${pw.downloadSvg}: ${pw.download}`);
  toolbar.append(searchLabel, search, options_, zoomIn, zoomOut, fit, tableToggle, sideToggle, pngButton, svgButton);
  header.append(toolbar);

  const stage = el("div", { class: "map-stage" });
  const canvasBox = el("div", { class: "map-canvas", tabindex: "0", role: "application", "aria-roledescription": "map", "aria-label": w.mapLabel(title, graph.order, graph.size) });
  const tooltip = el("div", { class: "map-tooltip", role: "tooltip", hidden: "" });
  const live = el("p", { class: "visually-hidden", "aria-live": "polite" });
  const panel = el("section", { class: "map-panel", hidden: "", "aria-live": "polite" });
  // Esc in the panel closes it and gives the focus back to the map.
  panel.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    select(null);
    canvasBox.focus();
    e.preventDefault();
  });
  stage.append(canvasBox, tooltip, panel);

  const side = el("div", { class: "map-side", id: "map-side" });
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
  if (data.nodes.some((n) => n.attributes.kind === "project")) legend.append(el("p", { class: "size-by" }, pw.sizeBy));
  const lines = el("div", { class: "line-legend" });
  legend.append(lines);
  if (data.attributes.truncated) legend.append(el("p", { class: "note" }, w.truncated));
  const filters = el("form", { class: "map-filters", "aria-label": pw.filters });
  filters.addEventListener("submit", (e) => e.preventDefault());
  legend.append(filters);
  legend.append(el("p", { class: "keys" }, w.keys));

  const tables = el("section", { id: "map-tables", class: "map-tables", hidden: "" });
  const body = el("div", { class: "map-body" });
  side.append(legend);
  body.append(stage, side);
  const footer = el("footer", { class: "map-footer" });
  const caption = () => `${pw.source} · ${pw.shownOn(localDate(lang))}`;
  const shownCount = el("span", { class: "shown-count" });
  footer.append(el("span", { class: "map-source" }, caption()), shownCount, dataLink);
  root.append(header, body, tables, footer, live);
  sideToggle.addEventListener("click", () => {
    const open = !root.classList.contains("side-open");
    root.classList.toggle("side-open", open);
    sideToggle.setAttribute("aria-expanded", String(open));
  });

  // What the filters, the year and the suggestions toggle leave on the map.
  const visible = new Set<string>();
  const visibleEdge = (key: string, a: Edge) => {
    if (a.kind === "suggestion" && view.suggestions === false) return false;
    if (view.year !== undefined && a.since && Number(a.since.slice(0, 4)) > view.year) return false;
    const [s, t] = graph.extremities(key);
    return visible.has(s) && visible.has(t);
  };
  const applyFilters = () => {
    visible.clear();
    const networks = new Set<string>();
    graph.forEachNode((key, a) => {
      if (a.kind === "project" && networkPasses(a, view)) networks.add(key);
    });
    graph.forEachNode((key, a) => {
      if (view.kind && a.kind !== view.kind && !a.centre) return;
      if (a.kind === "project") { if (networks.has(key) || (a.centre && !view.kind)) visible.add(key); return; }
      // Themes, partners and outcomes stay while one of their networks does (and the map's subject always).
      if (a.centre || graph.someNeighbor(key, (n) => networks.has(n))) visible.add(key);
    });
    shownCount.textContent = visible.size < graph.order ? pw.shown(visible.size, graph.order) : "";
  };
  applyFilters();
  const setView = (patch: Partial<ViewState>) => {
    view = { ...view, ...patch };
    for (const k of Object.keys(view) as (keyof ViewState)[]) if (view[k] === undefined) delete view[k];
    if ("community" in patch || "theme" in patch || "status" in patch || "kind" in patch || "year" in patch || "suggestions" in patch) {
      applyFilters();
      if (selected && !visible.has(selected)) select(null);
      renderFilters(filters, { lang, data, state: view, onChange: setView });
      renderLineLegend(lines, data, view.suggestions !== false, lang);
      renderer?.refresh();
      fitVisible();
      if (tablesBuilt) { tablesBuilt = false; if (!tables.hidden) buildTables(); }
    }
    options.onState?.({ ...view });
  };
  renderFilters(filters, { lang, data, state: view, onChange: setView });
  renderLineLegend(lines, data, view.suggestions !== false, lang);

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
  let sizeFactor = 1;
  const large = graph.size > LARGE_MAP_EDGES;
  const draw = () => {
    // No separate WebGL probe: a context costs tens of milliseconds in software and counts
    // against the browser's limit of live contexts. Sigma throws when it gets none.
    // Sigma starts with an empty graph and gets the map's once the home camera is set: it draws
    // the map once, at the camera the visitor sees, instead of a first frame that the camera's
    // move would redraw at once (in software WebGL a frame of a large map costs ~0.5 s of CPU).
    const labelThreshold = graph.order > 300 ? 9 : 4;
    // Narrow maps draw smaller discs, so a column of 320 px still has room for labels.
    sizeFactor = Math.min(1, Math.max(0.55, canvasBox.clientWidth / 900));
    try { renderer = new Sigma<Node, Edge>(new Graph<Node, Edge>({ type: "undirected" }), canvasBox, {
      defaultEdgeType: "line",
      edgeProgramClasses: (large
        ? { line: EdgeLineProgram, dashed: DashedLineProgram, arrow: UnusedEdgeProgram }
        : { line: EdgeRectangleProgram, dashed: DashedEdgeProgram, arrow: UnusedEdgeProgram }) as never,
      enableEdgeEvents: graph.size <= MOST_HOVERABLE_EDGES,
      // Labels are placed by our own pass after each frame (label-placement.ts), not by sigma's grid.
      labelRenderedSizeThreshold: Infinity,
      // Large maps pan smoothly when edges and labels wait for the camera to stop.
      hideEdgesOnMove: large,
      hideLabelsOnMove: graph.order > 1000,
      // Small maps label (nearly) every node; large ones keep labels from overlapping.
      labelDensity: graph.order < 100 ? 3 : 0.7,
      labelGridCellSize: graph.order < 100 ? 40 : 100,
      labelFont: "system-ui, sans-serif",
      labelSize: canvasBox.clientWidth < 500 ? 12 : 14,
      zIndex: true,
      // Sigma hands the reducers a copy of the attributes: they change it in place.
      nodeReducer: (key, a) => {
        const out = a as Record<string, unknown>;
        out.label = labelOf(a);
        out.size = a.size * sizeFactor;
        if (!visible.has(key)) { out.hidden = true; return out as never; }
        if (neighbours.size) {
          if (neighbours.has(key)) {
            out.zIndex = 1;
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
        if (!visibleEdge(key, a)) { out.hidden = true; return out as never; }
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
    const plain = { ...renderer.getCamera().getState() };
    home = labelRoomCamera(renderer as unknown as Sigma, graph as unknown as Graph, {
      labelOf: (key) => labelOf(graph.getNodeAttributes(key)),
      labelShown: graph.order < 100 ? () => true : (key, size) => graph.getNodeAttribute(key, "centre") === true || size >= labelThreshold,
    });
    // On a narrow map every label cannot fit beside the nodes: the nodes fill the frame instead, and
    // the label pass shows the labels that fit.
    if (home.ratio > plain.ratio * 1.6) home = plain;
    renderer.getCamera().setState(view.camera ?? home);
    placement = new LabelPlacement(renderer as unknown as Sigma, graph as unknown as Graph, {
      // A small map offers every node's label (the pass keeps those that fit); a large one those drawn big enough.
      minSize: graph.order < 100 ? 0 : labelThreshold,
      rank: (key) => (key === focus() ? 3 : neighbours.has(key) ? 2 : graph.getNodeAttribute(key, "centre") ? 1 : 0),
      // No label under the details panel.
      covered: () => {
        if (panel.hidden) return [];
        const p = panel.getBoundingClientRect(), c = canvasBox.getBoundingClientRect();
        return [{ x: p.left - c.left, y: p.top - c.top, width: p.width, height: p.height }];
      },
    });
    const moving = () => graph.order > 1000 && (renderer!.getCamera().isAnimated() || renderer!.getMouseCaptor().isMoving);
    renderer.on("afterRender", () => { if (!moving()) placement!.draw(); else placement!.boxes = []; });
    // The camera goes into the URL's hash once it rests.
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    renderer.getCamera().on("updated", (c) => {
      clearTimeout(cameraTimer);
      cameraTimer = setTimeout(() => setView({ camera: { x: c.x, y: c.y, ratio: c.ratio } }), 250);
    });
    renderer.setGraph(graph);
    if (view.selected) select(view.selected, false);
    else if (!view.camera) fitVisible(false);
    performance.mark("diagonal-map-sigma");
    // For the benchmark and for anyone profiling: when the first frame was on screen (setGraph
    // draws it; the next animation frame is the first after it was presented).
    requestAnimationFrame(() => performance.mark("diagonal-map-rendered"));
    renderer.on("enterNode", ({ node }) => { hovered = node; refreshFocus(); renderer!.refresh({ skipIndexation: true }); canvasBox.style.cursor = "pointer"; });
    renderer.on("leaveNode", () => { hovered = null; refreshFocus(); renderer!.refresh({ skipIndexation: true }); canvasBox.style.cursor = ""; });
    renderer.on("clickNode", ({ node }) => select(selected === node ? null : node, true, true));
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
  /** After a filter or the year left part of the map: the camera frames what is left (the full view otherwise). */
  function fitVisible(animate = true) {
    if (!renderer || !home) return;
    let target: CameraState = home;
    if (visible.size > 0 && visible.size < graph.order) {
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (const key of visible) {
        const d = renderer.getNodeDisplayData(key);
        if (!d) continue;
        x0 = Math.min(x0, d.x); x1 = Math.max(x1, d.x); y0 = Math.min(y0, d.y); y1 = Math.max(y1, d.y);
      }
      if (!Number.isFinite(x0)) return;
      // Framed coordinates span 0..1 at ratio 1: the span left, with room for labels, no closer than ratio 0.35.
      const ratio = Math.min(home.ratio, Math.max(0.35, Math.max(x1 - x0, y1 - y0) * 1.6));
      target = { ...home, x: (x0 + x1) / 2 + ratio * 0.15, y: (y0 + y1) / 2, ratio };
    }
    if (animate) void renderer.getCamera().animate(target, { duration: 300 });
    else renderer.getCamera().setState(target);
  }
  let placement: LabelPlacement | undefined;
  /** `focusPanel`: a click or a table row moves the keyboard focus to the panel; N and P keep it on the map. */
  function select(key: string | null, move = true, focusPanel = false) {
    selected = key && graph.hasNode(key) && visible.has(key) ? key : null;
    refreshFocus();
    renderPanel(panel, graph as unknown as Graph<MapNodeAttributes, MapEdgeAttributes>, selected, {
      lang, data, labelOf, linkFor: options.linkFor,
      // From the panel (a name in it, its close button) the focus follows: to the next panel, or back to the map.
      select: (k) => { select(k, true, true); if (!k) canvasBox.focus(); },
    });
    // Drawn once the panel is in place: no label goes under it.
    renderer?.refresh({ skipIndexation: true });
    if (selected && focusPanel) panel.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
    if (view.selected !== (selected ?? undefined)) setView({ selected: selected ?? undefined });
    for (const row of tables.querySelectorAll("tr[data-key]")) row.classList.toggle("selected", row.getAttribute("data-key") === selected);
    if (selected) {
      live.textContent = w.selected(labelOf(graph.getNodeAttributes(selected)), neighbours.size - 1);
      const d = renderer?.getNodeDisplayData(selected);
      if (move && d && renderer) void renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
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
  // The table replaces the map while it is shown: the canvas never covers it.
  const showTables = (shown = true) => {
    if (shown) buildTables();
    tables.hidden = !shown;
    body.hidden = shown;
    tableToggle.setAttribute("aria-expanded", String(shown));
    tableToggle.textContent = shown ? w.hideTable : w.table;
  };
  tableToggle.addEventListener("click", () => showTables(tables.hidden));

  // Downloads of the current view, with its legend and caption.
  const picture = (): Picture => {
    const groups = new Set<string>();
    for (const key of visible) groups.add(graph.getNodeAttribute(key, "group"));
    const legendLines = data.attributes.legend.filter((l) => groups.has(l.group)).map((l) => ({ color: l.color, text: lang === "nl" ? l.nameNl : l.nameEn }));
    const lineLines = lineKinds(data, view.suggestions !== false, lang).map((l) => ({ color: l.color, text: l.text, line: true, ...(l.dashed ? { dashed: true } : {}) }));
    const note = data.nodes.some((n) => n.attributes.kind === "project") ? [{ color: "#ffffff", text: pw.sizeBy }] : [];
    const year = view.year !== undefined ? ` — ${panelWords(lang).yearShown(view.year)}` : "";
    return { title: `${title}${year}`, caption: caption(), legend: [...legendLines, ...lineLines, ...note], fileName: `diagonal-${data.attributes.view}${data.attributes.subject ? `-${data.attributes.subject}` : ""}` };
  };
  pngButton.addEventListener("click", () => { if (renderer) void downloadPng(renderer as unknown as Sigma, picture()); });
  svgButton.addEventListener("click", () => { if (renderer) downloadSvg(renderer as unknown as Sigma, graph as unknown as Graph, placement?.boxes ?? [], picture()); });

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
    else if (e.key === "Enter" && selected) panel.querySelector<HTMLElement>("h2")?.focus();
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
    const shown = graph.copy();
    for (const key of shown.filterEdges((key, a) => !visibleEdge(key, a))) shown.dropEdge(key);
    for (const key of shown.filterNodes((key) => !visible.has(key))) shown.dropNode(key);
    renderMapTables(tables, shown, lang, { labelOf, select: (key) => { showTables(false); select(key, true, true); }, linkFor: options.linkFor });
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
    labelBoxes: () => placement?.boxes.map((b) => ({ ...b })) ?? [],
    visibleNodes: () => [...visible].sort(),
    visibleEdges: () => graph.filterEdges((key, a) => visibleEdge(key, a)).sort(),
    state: () => ({ ...view }),
    kill() {
      stopWaiting();
      renderer?.kill();
      root.replaceChildren();
    },
  };
}
