// The embeddable map page (/embed/network, /embed/project/:id, /embed/theme/:id, ?lang=nl|en):
// fetches the public map data from the API and draws it. When the server announces a new version
// of the maps (server-sent events; polling while the stream is not open), it asks again with
// If-None-Match — a 304 costs nothing, a 200 means a new analysis run completed (the server only
// ever answers with complete runs), and the map is redrawn.
import "./styles.css";
import type { MapData, MapVersionEvent } from "../schemas/maps.ts";
import { langFrom, mapWords } from "./i18n.ts";
import { showMap, type MapHandle } from "./map/map-view.ts";
import { parseViewState, writeViewState } from "./map/view-state.ts";

interface Target { api: string; embed: (lang: string) => string }

function targetOf(path: string): Target | undefined {
  const m = /^\/embed\/(network|project|theme)(?:\/([^/]+))?\/?$/.exec(path);
  if (!m) return undefined;
  if (m[1] === "network") return { api: "/api/v1/maps/network", embed: (l) => `/embed/network?lang=${l}` };
  if (!m[2]) return undefined;
  const id = encodeURIComponent(decodeURIComponent(m[2]));
  return m[1] === "project"
    ? { api: `/api/v1/maps/projects/${id}`, embed: (l) => `/embed/project/${id}?lang=${l}` }
    : { api: `/api/v1/maps/themes/${id}`, embed: (l) => `/embed/theme/${id}?lang=${l}` };
}

// For the benchmark and profiling: when the page's script started (after it was fetched and compiled).
performance.mark("diagonal-map-script");
const lang = langFrom(location.search);
document.documentElement.lang = lang;
const words = mapWords(lang);
const root = document.getElementById("map")!;
const refreshSeconds = Number(document.querySelector<HTMLMetaElement>('meta[name="diagonal-refresh"]')?.content) || 30;
const target = targetOf(location.pathname);

declare global {
  interface Window { diagonalMap?: MapHandle & { version: string | null; loads: number } }
}

let etag: string | null = null;
let handle: MapHandle | undefined;
let loads = 0;

function message(text: string) {
  root.replaceChildren(Object.assign(document.createElement("p"), { className: "note", textContent: text }));
  root.setAttribute("aria-busy", "false");
}

async function load(): Promise<void> {
  if (!target) return message(words.notFound);
  // The first request is a plain one, so it takes the answer the page preloaded; later ones revalidate.
  const res = await fetch(target.api, etag ? { headers: { "If-None-Match": etag }, cache: "no-cache" } : {});
  root.dataset.checks = String(Number(root.dataset.checks ?? 0) + 1);
  if (res.status === 304) return;
  if (res.status === 404) return message(words.notFound);
  if (!res.ok) { if (!handle) message(words.failed); return; }
  const first = etag === null;
  const data = (await res.json()) as MapData;
  if (first) performance.mark("diagonal-map-data");
  etag = res.headers.get("ETag");
  // The view (selection, camera, filters) survives a redraw after a new run, as the hash holds it.
  const state = handle ? handle.state() : parseViewState(location.hash);
  handle?.kill();
  loads++;
  document.title = `${lang === "nl" ? data.attributes.titleNl : data.attributes.titleEn} — Diagonal`;
  handle = showMap(root, data, lang, {
    dataUrl: target.api,
    linkFor: (key) => (key.startsWith("project:") ? `/embed/project/${encodeURIComponent(key.slice(8))}?lang=${lang}` : key.startsWith("theme:") ? `/embed/theme/${encodeURIComponent(key.slice(6))}?lang=${lang}` : undefined),
    state,
    onState: (s) => history.replaceState(null, "", `${location.pathname}${location.search}${writeViewState(s)}`),
  });
  root.setAttribute("aria-busy", "false");
  root.dataset.runId = data.attributes.runId ?? "";
  if (!first) {
    const note = Object.assign(document.createElement("p"), { className: "visually-hidden", textContent: words.updated });
    note.setAttribute("aria-live", "polite");
    root.append(note);
  }
  window.diagonalMap = Object.assign(handle, { version: etag, loads });
}

// One request at a time: an announcement during a load asks once more after it.
let inFlight: Promise<void> | undefined;
let again = false;
function refresh(first = false): void {
  if (inFlight) { again = true; return; }
  inFlight = load()
    .catch((err: unknown) => {
      // Said on the console too, so whoever embeds the map (and the browser tests) can see why.
      console.error(`diagonal-map: the map could not be loaded: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
      if (first) message(words.failed);
    })
    .finally(() => {
      inFlight = undefined;
      if (again) { again = false; refresh(); }
    });
}
refresh(true);

// Updates: the server announces each new version of the maps on an event stream, and the map asks
// again (If-None-Match) when one comes — also on the first, in case a run completed between the
// first load and the stream's opening. While the stream is not open (a proxy that refuses it, a
// browser without EventSource, a reconnection) the map polls every refreshSeconds instead.
let streamOpen = false;
if (typeof EventSource === "function") {
  const events = new EventSource("/api/v1/maps/events");
  events.addEventListener("open", () => { streamOpen = true; });
  events.addEventListener("error", () => { streamOpen = false; });
  events.addEventListener("version", (e) => {
    const { version } = JSON.parse((e as MessageEvent<string>).data) as MapVersionEvent;
    if (root.dataset.mapVersion === version) return;
    root.dataset.mapVersion = version;
    refresh();
  });
}
setInterval(() => { if (!streamOpen) refresh(); }, refreshSeconds * 1000);
