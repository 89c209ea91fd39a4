// Path parameters shared by the routes: every id in a path is a Diagonal identifier.
import { z } from "zod";
import { id } from "../../schemas/fields.ts";

export const idParams = z.object({ id });

/** The fields a PATCH body actually names (a partial schema may fill in defaults for the others). */
export function named<T extends object>(parsed: T, raw: unknown): Partial<T> {
  const keys = raw && typeof raw === "object" ? Object.keys(raw) : [];
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => keys.includes(k))) as Partial<T>;
}
