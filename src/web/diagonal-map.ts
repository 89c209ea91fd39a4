// <diagonal-map view="network|project|theme" subject="id" lang="nl|en" height="520"
//   filter-theme="…" filter-community="c3" filter-status="active" filter-kind="project" year="2021"
//   selected="project:…"></diagonal-map>
// for pages that prefer one script tag to an iframe snippet:
//   <script type="module" src="https://diagonal.example.be/diagonal-map.js"></script>
// The element draws the map in an iframe of the embed page from the same server as the script,
// so the host page's styles and scripts never touch the map (and the map never touches the page);
// the server's frame-ancestors setting decides which sites may show it. The filters and the year
// go into the embed's hash (the same view state a shared link carries). The frame is as wide as
// its container; its height is the `height` attribute in pixels, or with height="fill" the
// element's own height (which the page's style sets), or else follows the width (nine tenths of it, from
// 420 to 680 px). The map inside always fits its frame, footer included.
import { writeViewState, type ViewState } from "./map/view-state.ts";

const VIEWS = new Set(["network", "project", "theme"]);
const origin = new URL(import.meta.url).origin;
const FILTERS = { "filter-theme": "theme", "filter-community": "community", "filter-status": "status", "filter-kind": "kind" } as const;

export class DiagonalMapElement extends HTMLElement {
  static observedAttributes = ["view", "subject", "lang", "height", "year", "selected", ...Object.keys(FILTERS)];
  private resize: ResizeObserver | undefined;

  connectedCallback(): void {
    this.render();
  }

  disconnectedCallback(): void {
    this.resize?.disconnect();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private state(): ViewState {
    const s: ViewState = {};
    for (const [attr, key] of Object.entries(FILTERS)) {
      const v = this.getAttribute(attr);
      if (v) s[key] = v;
    }
    const year = Number(this.getAttribute("year"));
    if (this.hasAttribute("year") && Number.isInteger(year)) s.year = year;
    const selected = this.getAttribute("selected");
    if (selected) s.selected = selected;
    return s;
  }

  private render(): void {
    const view = this.getAttribute("view") ?? "network";
    const subject = this.getAttribute("subject") ?? "";
    const lang = this.getAttribute("lang") === "en" ? "en" : "nl";
    const fixed = /^\d{2,4}$/.test(this.getAttribute("height") ?? "") ? Number(this.getAttribute("height")) : undefined;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (!VIEWS.has(view) || (view !== "network" && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(subject))) {
      shadow.textContent = `diagonal-map: expected view="network", or view="project"/"theme" with a subject id (got view="${view}" subject="${subject}")`;
      return;
    }
    const path = view === "network" ? "/embed/network" : `/embed/${view}/${encodeURIComponent(subject)}`;
    const style = document.createElement("style");
    style.textContent = ":host { display: block; max-width: 100%; } iframe { width: 100%; border: 0; display: block; }";
    const frame = document.createElement("iframe");
    frame.src = `${origin}${path}?lang=${lang}${writeViewState(this.state())}`;
    frame.title = lang === "nl" ? "Kaart van de lerende netwerken" : "Map of the learning networks";
    frame.loading = "lazy";
    shadow.replaceChildren(style, frame);
    this.resize?.disconnect();
    const size = () => {
      frame.style.height = `${fixed ?? Math.round(Math.min(680, Math.max(420, this.clientWidth * 0.9)))}px`;
    };
    if (this.getAttribute("height") === "fill") {
      style.textContent += " :host { height: 100%; } iframe { height: 100%; }";
      return;
    }
    size();
    if (fixed === undefined) {
      this.resize = new ResizeObserver(size);
      this.resize.observe(this);
    }
  }
}

if (!customElements.get("diagonal-map")) customElements.define("diagonal-map", DiagonalMapElement);
