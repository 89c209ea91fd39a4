// The workspace talks to the API only, with the coordinator's bearer token (kept for the browser
// tab in sessionStorage, never in a cookie or the URL). Problems come back as the API's problem
// documents; their message id and parameters, in the reader's language from the catalogue, are
// what the coordinator reads (the English detail and field errors where the catalogue lacks the id).
import type { ApiOperation, ApiResponse } from "../../schemas/api-responses.ts";
import type { Lang } from "../i18n.ts";
import { serverMessage } from "./catalogue.ts";

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: any) {
    super(message);
  }
}

let messageLang: Lang = "nl";
/** The language the API's problems are shown in (the workspace's chosen language). */
export const setMessageLanguage = (lang: Lang) => { messageLang = lang; };

function problemText(res: Response, json: any): string {
  const said = serverMessage(messageLang, json?.messageId, json?.params);
  // The field errors' own words are English: shown beside the English message only.
  const fields = Array.isArray(json?.errors) && (messageLang === "en" || !said) ? json.errors.slice(0, 3).map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join("; ") : "";
  return `${said ?? json?.detail ?? res.statusText}${fields ? ` (${fields})` : ""}`;
}

type Method = "GET" | "POST" | "PATCH" | "DELETE";

const TOKEN_KEY = "diagonal.token";
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY);
export const saveToken = (t: string | null) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY));

/**
 * Calls an API operation: its operationId (the OpenAPI document's, the one `/api/v1/me` lists) types
 * the answer with the route's response schema (src/schemas/api-responses.ts); method and path say
 * where it is.
 */
export async function api<Op extends ApiOperation>(operation: Op, method: Method, path: string, body?: unknown): Promise<ApiResponse<Op>> {
  const headers: Record<string, string> = { authorization: `Bearer ${savedToken() ?? ""}` };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload });
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, problemText(res, json), json);
  return json as ApiResponse<Op>;
}

/** A file from the API (a report, an export): its bytes, type and the file name the server gave it. */
export async function apiFile(path: string): Promise<{ blob: Blob; fileName: string; contentType: string }> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${savedToken() ?? ""}` } });
  if (!res.ok) {
    const text = await res.text();
    let json: unknown;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    throw new ApiError(res.status, problemText(res, json), json);
  }
  const fileName = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? path.split("/").pop()!.split("?")[0]!;
  return { blob: await res.blob(), fileName, contentType: res.headers.get("content-type") ?? "" };
}
