// The queries of the graph views (a project's neighbourhood, a theme, the whole network): which
// node types to show and how many nodes at most.
import { z } from "zod";

/** Node types of the graph, as views name them. */
export const NODE_TYPES = ["project", "theme", "partner", "outcome"] as const;
type NodeType = (typeof NODE_TYPES)[number];

/** A comma-separated list of node types (`kinds=project,theme`), limited to the ones a view can show. */
function kindsOf<const T extends readonly NodeType[]>(allowed: T, fallback: T[number][]) {
  const message = `expected a comma-separated list of ${allowed.join(", ")}`;
  return z
    .string({ error: message })
    .transform((s) => [...new Set(s.split(",").map((k) => k.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(allowed, { error: message })))
    .optional()
    // An empty list (`kinds=`) is no choice: the default, as when the field is left out.
    .transform((k) => (k && k.length > 0 ? k : fallback))
    .meta({ description: `Node types to show, comma-separated (${allowed.join(", ")}); default ${fallback.join(",")}` });
}

function limitOf(fallback: number, max: number) {
  return z.coerce
    .number({ error: `expected a whole number from 1 to ${max}` })
    .int(`expected a whole number from 1 to ${max}`)
    .min(1, `expected a whole number from 1 to ${max}`)
    .max(max, `expected a whole number from 1 to ${max}`)
    .default(fallback)
    .meta({ description: `Most nodes in the view (1–${max}, default ${fallback}); the most relevant are kept` });
}

/** Limits of the views: defaults a browser draws comfortably, maxima that stay well under a second. */
export const GRAPH_LIMITS = {
  project: { default: 200, max: 1000 },
  theme: { default: 200, max: 1000 },
  network: { default: 500, max: 2000 },
} as const;

export const projectViewQuerySchema = z.object({
  depth: z.coerce.number({ error: "expected 1 or 2" }).int("expected 1 or 2").min(1, "expected 1 or 2").max(2, "expected 1 or 2").default(1)
    .meta({ description: "Steps from the project: 1 (its direct neighbours) or 2 (their neighbours too); default 1" }),
  kinds: kindsOf(NODE_TYPES, [...NODE_TYPES]),
  limit: limitOf(GRAPH_LIMITS.project.default, GRAPH_LIMITS.project.max),
});
export const themeViewQuerySchema = z.object({
  kinds: kindsOf(["project", "outcome"] as const, ["project", "outcome"]),
  limit: limitOf(GRAPH_LIMITS.theme.default, GRAPH_LIMITS.theme.max),
});
export const networkViewQuerySchema = z.object({
  kinds: kindsOf(NODE_TYPES, ["project", "theme"]),
  limit: limitOf(GRAPH_LIMITS.network.default, GRAPH_LIMITS.network.max),
});
export type ProjectViewQuery = z.output<typeof projectViewQuerySchema>;
export type ThemeViewQuery = z.output<typeof themeViewQuerySchema>;
export type NetworkViewQuery = z.output<typeof networkViewQuerySchema>;
