// A whole dataset as the importer, the fixtures and the generator hand it around: one list per
// entity, keyed by the file or sheet name it is read from.
import { z } from "zod";
import { outcomeSchema, type Outcome } from "./outcome.ts";
import { partnerSchema, type Partner } from "./partner.ts";
import { projectSchema, type Project } from "./project.ts";
import { collaborationSchema, participationSchema, projectThemeSchema, type Collaboration, type Participation, type ProjectTheme } from "./relations.ts";
import { themeSchema, type Theme } from "./theme.ts";

/** File (CSV/JSON) or sheet (XLSX) names, in load order, with the schema of one row. */
export const ENTITY_SCHEMAS = {
  themes: themeSchema,
  projects: projectSchema,
  partners: partnerSchema,
  outcomes: outcomeSchema,
  projectThemes: projectThemeSchema,
  participations: participationSchema,
  collaborations: collaborationSchema,
} as const;
export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

export interface Dataset {
  themes: Theme[];
  projects: Project[];
  partners: Partner[];
  outcomes: Outcome[];
  projectThemes: ProjectTheme[];
  participations: Participation[];
  collaborations: Collaboration[];
}

export const emptyDataset = (): Dataset => ({
  themes: [], projects: [], partners: [], outcomes: [], projectThemes: [], participations: [], collaborations: [],
});

/** The JSON import format: one object with a list per entity (any may be missing). */
export const datasetSchema = z.object(
  Object.fromEntries(ENTITY_NAMES.map((n) => [n, z.array(ENTITY_SCHEMAS[n]).optional()])) as {
    [K in EntityName]: z.ZodOptional<z.ZodArray<(typeof ENTITY_SCHEMAS)[K]>>;
  },
).strict();

/** Rows per write batch of an import, unless the caller says otherwise. */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * Imports with more rows than this are written in staged batches (each its own transaction, with
 * an undo journal) instead of one transaction, so they fit the everyday 512 MB server.
 */
export const DEFAULT_STAGED_ABOVE = 50_000;
