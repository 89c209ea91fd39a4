// Moved to src/schemas/responses-import.ts, where the API's answers are declared once; re-exported for the
// routes that import them from here.
export * from "../schemas/responses-import.ts";
