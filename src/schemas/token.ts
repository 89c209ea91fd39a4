// Roles and API tokens: who may do what, and what creating a token takes.
import { z } from "zod";
import { plainString } from "./control-characters.ts";

/** Roles in increasing power: each role can do what the ones before it can. */
export const ROLES = ["public", "analyst", "coordinator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: `expected a role: ${ROLES.join(", ")}` });
/** Roles a token can carry (public is the absence of a token). */
export const tokenRoleSchema = z.enum(["analyst", "coordinator", "admin"], { error: "expected a role: analyst, coordinator, admin" });

export const tokenInputSchema = z.object({
  name: plainString().trim().min(1, "expected a name for the token").max(200),
  role: tokenRoleSchema,
});
export type TokenInput = z.input<typeof tokenInputSchema>;
