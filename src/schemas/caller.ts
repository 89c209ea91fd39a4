// Who is calling and what they may do: GET /api/v1/me. The workspace asks this once at sign-in and
// shows only what the role may use, so it never makes a request the role is refused.
import { z } from "zod";
import { roleSchema } from "./token.ts";

export const callerSchema = z
  .object({
    role: roleSchema,
    name: z.string().optional().meta({ description: "The token's name (absent for the public role)" }),
    operations: z.array(z.string()).meta({ description: "The operationIds this role may call, from each route's declared role", example: ["listSuggestions", "getReport"] }),
  })
  .meta({ id: "Caller" });
export type CallerOut = z.infer<typeof callerSchema>;
