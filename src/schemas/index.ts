// The zod schemas: the one source of Diagonal's types, import validation, HTTP validation and OpenAPI.
import "./messages.ts";
export * from "./dataset.ts";
export * from "./outcome.ts";
export * from "./partner.ts";
export * from "./project.ts";
export * from "./relations.ts";
export * from "./theme.ts";
export * from "./page.ts";
export * from "./token.ts";
export * from "./suggestion.ts";
export * from "./graph-view.ts";
export * from "./entity-change.ts";
export * from "./import-sync.ts";
