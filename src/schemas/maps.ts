// The public relationship maps' data: a graphology serialisation with positions, sizes, colours
// and a legend already computed on the server, so the browser only draws. One contract for the
// API (OpenAPI), the service that builds it and the browser code that reads it. Only public fields:
// labels, kinds, communities, public details (status, period, themes, partner count, outcomes) and,
// only when the operator publishes them (PUBLIC_SUGGESTIONS=on), the reasons of current
// suggestions — never notes, enterprise numbers, decided suggestions or planned networks.
import { z } from "zod";

export const MAP_VIEWS = ["network", "project", "theme"] as const;
export type MapView = (typeof MAP_VIEWS)[number];
export const MAP_LANGS = ["nl", "en"] as const;
export type MapLang = (typeof MAP_LANGS)[number];

export const mapNodeAttributes = z.object({
  kind: z.enum(["project", "theme", "partner", "outcome"]),
  /** English (or language-neutral) label; labelNl when the Dutch one differs. */
  label: z.string(),
  labelNl: z.string().optional(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string(),
  /** Legend entry the node belongs to (community label or node kind). */
  group: z.string(),
  /** True for the project or theme the map is about. */
  centre: z.boolean().optional(),
  /** A network's community: its stable label (the same colour on every map, report and export). */
  community: z.number().int().optional(),
  /** A network's status and period (YYYY, YYYY-MM or YYYY-MM-DD): the filters and the year slider read them. */
  status: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  /** A network's themes (theme ids; names in the map's `themes`). */
  themes: z.array(z.string()).optional(),
  /** A network's partners (how many): the measure its size shows. */
  partners: z.number().int().optional(),
  /** A network's outcomes, with their links. */
  outcomes: z.array(z.object({ title: z.string(), url: z.string().optional() })).optional(),
  /** A partner's public networks (on this map or not). */
  networks: z.array(z.object({ key: z.string(), label: z.string() })).optional(),
});

export const mapEdgeAttributes = z.object({
  kind: z.enum(["collaboration", "suggestion", "theme", "partner", "outcome"]),
  size: z.number(),
  color: z.string(),
  /** Drawn dashed: suggested, not (yet) confirmed. */
  dashed: z.boolean().optional(),
  /** A collaboration or suggestion between two communities. */
  across: z.boolean().optional(),
  score: z.number().optional(),
  reasonsNl: z.array(z.string()).optional(),
  reasonsEn: z.array(z.string()).optional(),
  /** A collaboration's start (YYYY, YYYY-MM or YYYY-MM-DD), when known: the year slider reads it. */
  since: z.string().optional(),
});

export const mapLegendEntry = z.object({
  group: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  color: z.string(),
  count: z.number().int(),
});

export const mapAttributes = z.object({
  view: z.enum(MAP_VIEWS),
  /** The project or theme the map is about. */
  subject: z.string().optional(),
  titleNl: z.string(),
  titleEn: z.string(),
  /** The complete analysis run the map shows; null before the first run. */
  runId: z.string().nullable(),
  legend: z.array(mapLegendEntry),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
  /** True when the view was cut to its most relevant nodes. */
  truncated: z.boolean(),
  /** The themes the map's networks address: the theme filter's choices. */
  themes: z.array(z.object({ id: z.string(), nameNl: z.string(), nameEn: z.string() })),
  /** What a node's size shows (see MAP_SIZE_MEASURE). */
  sizeBy: z.enum(["partners"]),
  /**
   * True when the map carries open suggestions: the operator set PUBLIC_SUGGESTIONS=on. Without
   * it, public maps show confirmed collaborations only and no suggestion leaves the service.
   */
  suggestions: z.boolean(),
});

export const MapDataOut = z
  .object({
    attributes: mapAttributes,
    options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    nodes: z.array(z.object({ key: z.string(), attributes: mapNodeAttributes })),
    edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: mapEdgeAttributes })),
  })
  .meta({ id: "RelationshipMap", description: "graphology serialisation with layout, colours and legend; node keys are <type>:<id>" });

export type MapNodeAttributes = z.infer<typeof mapNodeAttributes>;
export type MapEdgeAttributes = z.infer<typeof mapEdgeAttributes>;
export type MapLegendEntry = z.infer<typeof mapLegendEntry>;
export type MapAttributes = z.infer<typeof mapAttributes>;
export type MapData = z.infer<typeof MapDataOut>;

/** What the maps' event stream announces: a new version of every public map (a run completed, a suggestion decided). */
export const MapVersionEvent = z
  .object({
    /** The latest complete analysis run the maps show; null before the first. */
    runId: z.string().nullable(),
    /** Changes whenever any map changes; opaque. */
    version: z.string(),
  })
  .meta({ id: "MapVersionEvent" });
export type MapVersionEvent = z.infer<typeof MapVersionEvent>;
