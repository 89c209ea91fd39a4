// How a command reads its flags and arguments: through the same zod schemas as the HTTP API (one
// contract per thing), with errors naming the flag as it is typed (`--per-project: expected …`).
// Commands load their heavy modules (the driver, the services) inside their action, so that
// `diagonal --help` and `--version` start at once.
import type { z } from "zod";
import { parseInput } from "../errors.ts";

export function parseFlags<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  return parseInput(schema, raw, "flag");
}
