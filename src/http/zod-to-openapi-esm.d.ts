// Types for the ES build of @asteasolutions/zod-to-openapi (see openapi.ts): the package's own.
declare module "@asteasolutions/zod-to-openapi/dist/index.mjs" {
  export * from "@asteasolutions/zod-to-openapi";
}
