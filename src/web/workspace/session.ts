// Who is signed in and what the role may do, asked once from GET /api/v1/me: the workspace shows
// a tab or a button only when its operation is among them, so it makes no request the role is refused.
import type { CallerOut } from "../../schemas/caller.ts";
import { api, ApiError, savedToken } from "./api.ts";

export interface Session {
  role: CallerOut["role"];
  name?: string;
  can(operationId: string): boolean;
}

/** The signed-in session, or undefined without a token, with an unknown one, or with the public role. */
export async function currentSession(): Promise<Session | undefined> {
  if (!savedToken()) return undefined;
  let me: CallerOut;
  try {
    me = await api("getMe", "GET", "/api/v1/me");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return undefined;
    throw e;
  }
  if (me.role === "public") return undefined;
  const allowed = new Set(me.operations);
  return { role: me.role, ...(me.name ? { name: me.name } : {}), can: (operationId) => allowed.has(operationId) };
}
