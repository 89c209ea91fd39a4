// Schemas of what the API answers about entities: declared once, here, for the routes, the
// OpenAPI document, the presenters and the workspace's types. Entities reuse their input schemas;
// the rest describes the presenters' output.
import { z } from "zod";
import { outcomeSchema } from "./outcome.ts";
import { partnerSchema } from "./partner.ts";
import { projectSchema } from "./project.ts";
import { themeSchema } from "./theme.ts";

export const ProjectOut = projectSchema.meta({ id: "Project" });
export const ThemeOut = themeSchema.meta({ id: "Theme" });
export const PartnerOut = partnerSchema.meta({ id: "Partner", description: "enterpriseNumber is left out for the public role" });
export const OutcomeOut = outcomeSchema.meta({ id: "Outcome" });

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id });

const ref = { id: z.string(), name: z.string() };

export const ProjectDetailOut = z
  .object({
    ...projectSchema.shape,
    themes: z.array(z.object({ id: z.string(), nameNl: z.string(), nameEn: z.string(), weight: z.number() })),
    partners: z.array(z.object({ ...ref, kind: z.string(), role: z.string() })),
    outcomes: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), date: z.string().optional() })),
    collaborations: z.array(z.object({ ...ref, status: z.string(), since: z.string().optional(), source: z.string().optional() })),
  })
  .meta({ id: "ProjectDetail", description: "The project's fields at the top level, with its neighbours" });

export const ThemeDetailOut = z
  .object({
    ...themeSchema.shape,
    projects: z.array(z.object({ ...ref, status: z.string(), weight: z.number() })),
    outcomes: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), date: z.string().optional() })),
  })
  .meta({ id: "ThemeDetail", description: "The theme's fields at the top level, with its projects and outcomes" });

export const PartnerDetailOut = z
  .object({ ...partnerSchema.shape, projects: z.array(z.object({ ...ref, status: z.string(), role: z.string() })) })
  .meta({ id: "PartnerDetail", description: "The partner's fields at the top level, with its projects" });

export const OutcomeDetailOut = z
  .object({
    ...outcomeSchema.shape,
    projectDetail: z.object({ ...ref, status: z.string() }),
    themeDetails: z.array(z.object({ id: z.string(), nameNl: z.string(), nameEn: z.string() })),
  })
  .meta({ id: "OutcomeDetail", description: "The outcome's fields at the top level, with its project and themes" });

/** A graphology serialisation (graph.export()). */
export const GraphOut = z
  .object({
    attributes: z.record(z.string(), z.unknown()),
    options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()).optional() })),
    edges: z.array(z.object({ key: z.string().optional(), source: z.string(), target: z.string(), attributes: z.record(z.string(), z.unknown()).optional() })),
  })
  .meta({ id: "Graph", description: "graphology's serialisation; node keys are <type>:<id>" });

export const TokenOut = z
  .object({ id: z.string(), name: z.string(), role: z.string(), createdAt: z.string(), revokedAt: z.string().optional() })
  .meta({ id: "ApiToken" });
export const NewTokenOut = z.object({ id: z.string(), name: z.string(), role: z.string(), createdAt: z.string(), token: z.string() }).meta({ id: "NewApiToken", description: "token is shown once" });

// The lists, one page at a time (tokens: all).
export const ProjectPageOut = pageOf(ProjectOut, "ProjectPage");
export const ThemePageOut = pageOf(ThemeOut, "ThemePage");
export const PartnerPageOut = pageOf(PartnerOut, "PartnerPage");
export const OutcomePageOut = pageOf(OutcomeOut, "OutcomePage");
export const TokenListOut = z.object({ items: z.array(TokenOut) });

// The answers as TypeScript types, for the presenters and the workspace.
export type ProjectDetailJson = z.output<typeof ProjectDetailOut>;
export type ThemeDetailJson = z.output<typeof ThemeDetailOut>;
export type PartnerDetailJson = z.output<typeof PartnerDetailOut>;
export type OutcomeDetailJson = z.output<typeof OutcomeDetailOut>;
export type GraphJson = z.output<typeof GraphOut>;
export type TokenJson = z.output<typeof TokenOut>;
export type NewTokenJson = z.output<typeof NewTokenOut>;
