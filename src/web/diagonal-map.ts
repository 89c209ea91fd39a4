// <diagonal-map view="network|project|theme" subject="id" lang="nl|en" height="520"></diagonal-map>
// for pages that prefer one script tag to an iframe snippet:
//   <script type="module" src="https://diagonal.example.be/diagonal-map.js"></script>
// The element draws the map in an iframe of the embed page from the same server as the script,
// so the host page's styles and scripts never touch the map (and the map never touches the page);
// the server's frame-ancestors setting decides which sites may show it.
const VIEWS = new Set(["network", "project", "theme"]);
const origin = new URL(import.meta.url).origin;

export class DiagonalMapElement extends HTMLElement {
  static observedAttributes = ["view", "subject", "lang", "height"];

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private render(): void {
    const view = this.getAttribute("view") ?? "network";
    const subject = this.getAttribute("subject") ?? "";
    const lang = this.getAttribute("lang") === "en" ? "en" : "nl";
    const height = /^\d{2,4}$/.test(this.getAttribute("height") ?? "") ? Number(this.getAttribute("height")) : 520;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    if (!VIEWS.has(view) || (view !== "network" && !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/.test(subject))) {
      shadow.textContent = `diagonal-map: expected view="network", or view="project"/"theme" with a subject id (got view="${view}" subject="${subject}")`;
      return;
    }
    const path = view === "network" ? "/embed/network" : `/embed/${view}/${encodeURIComponent(subject)}`;
    const frame = document.createElement("iframe");
    frame.src = `${origin}${path}?lang=${lang}`;
    frame.title = lang === "nl" ? "Kaart van de lerende netwerken" : "Map of the learning networks";
    frame.loading = "lazy";
    frame.style.cssText = `width:100%;height:${height}px;border:0;display:block`;
    shadow.replaceChildren(frame);
  }
}

if (!customElements.get("diagonal-map")) customElements.define("diagonal-map", DiagonalMapElement);
