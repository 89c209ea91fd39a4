// What a visitor chose on a map — the selected node, the camera, the filters (community, theme,
// status, node kind), the year and whether suggestions are shown — kept in the URL's hash, so a
// link reopens the same view, and read from the <diagonal-map> element's attributes (which put it
// in the embed's hash). One parser and one writer for both.
import type { MapData, MapNodeAttributes } from "../../schemas/maps.ts";

export interface ViewState {
  selected?: string;
  camera?: { x: number; y: number; ratio: number };
  community?: string;
  theme?: string;
  status?: string;
  kind?: string;
  year?: number;
  /** False: suggestions hidden (where the map has them). */
  suggestions?: boolean;
}

/** The hash keys, and the web component's attributes that set them (filter-theme="…", year="2021"). */
export const STATE_KEYS = ["selected", "camera", "community", "theme", "status", "kind", "year", "suggestions"] as const;
const TEXT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function parseViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s: ViewState = {};
  for (const k of ["selected", "community", "theme", "status", "kind"] as const) {
    const v = p.get(k);
    if (v && TEXT.test(v)) s[k] = v;
  }
  const cam = p.get("camera")?.split(",").map(Number);
  if (cam?.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0) s.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
  const year = Number(p.get("year"));
  if (p.has("year") && Number.isInteger(year) && year >= 1900 && year <= 2200) s.year = year;
  if (p.get("suggestions") === "off") s.suggestions = false;
  return s;
}

export function writeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set("selected", s.selected);
  if (s.camera) p.set("camera", [s.camera.x, s.camera.y, s.camera.ratio].map((v) => Math.round(v * 10000) / 10000).join(","));
  for (const k of ["community", "theme", "status", "kind"] as const) if (s[k]) p.set(k, s[k]!);
  if (s.year !== undefined) p.set("year", String(s.year));
  if (s.suggestions === false) p.set("suggestions", "off");
  const text = p.toString();
  return text ? `#${text}` : "";
}

/** The year of a YYYY, YYYY-MM or YYYY-MM-DD date. */
const yearOf = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : undefined);

/** Whether a network stood in `year`: started by then (or no start known) and not ended before it. */
export function standsIn(a: Pick<MapNodeAttributes, "start" | "end">, year: number): boolean {
  const start = yearOf(a.start), end = yearOf(a.end);
  return (start === undefined || start <= year) && (end === undefined || end >= year);
}

/** Whether a network passes the filters other than the year (its own attributes only). */
export function networkPasses(a: MapNodeAttributes, s: ViewState): boolean {
  if (s.community && a.group !== s.community) return false;
  if (s.theme && !(a.themes ?? []).includes(s.theme)) return false;
  if (s.status && a.status !== s.status) return false;
  if (s.year !== undefined && !standsIn(a, s.year)) return false;
  return true;
}

/** The years the slider spans: from the earliest network start to the latest end (or this year). */
export function yearRange(data: MapData, now = new Date().getFullYear()): { min: number; max: number } | undefined {
  let min = Infinity, max = -Infinity, running = false;
  for (const n of data.nodes) {
    if (n.attributes.kind !== "project") continue;
    const s = yearOf(n.attributes.start), e = yearOf(n.attributes.end);
    if (s !== undefined) { min = Math.min(min, s); max = Math.max(max, s); }
    if (e !== undefined) max = Math.max(max, e);
    else running = true;
  }
  if (!Number.isFinite(min)) return undefined;
  // A network with no end still runs: the slider reaches this year.
  return { min, max: running ? Math.max(max, now) : max };
}
