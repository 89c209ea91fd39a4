// The body of a PATCH on an entity: any of its fields, none required, no others; the id is the
// one in the path (read-only: a client does not send it, and a different one is refused). The
// OpenAPI document states exactly that, with an example of a change.
import { z } from "zod";
import { id } from "./fields.ts";

export function entityChangeSchema<S extends z.ZodObject>(schema: S, what: string, example: Record<string, unknown>) {
  return schema
    .partial()
    .safeExtend({ id: id.optional().meta({ readOnly: true, description: `read-only: the ${what}'s id is the one in the path` }) })
    .strict()
    .meta({ example });
}
