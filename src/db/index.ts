export * from "./config.ts";
export * from "./connect.ts";
export * from "./cypher.ts";
export * from "./schema.ts";
export * from "./session.ts";
export * from "./values.ts";
export * from "./connection-lost.ts";
export * from "./writer-process.ts";
