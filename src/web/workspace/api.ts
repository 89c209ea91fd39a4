// The workspace talks to the API only, with the coordinator's bearer token (kept for the browser
// tab in sessionStorage, never in a cookie or the URL). Problems come back as the API's problem
// documents; their detail (and each field error) is what the coordinator reads.
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: any) {
    super(message);
  }
}

const TOKEN_KEY = "diagonal.token";
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY);
export const saveToken = (t: string | null) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY));

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
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
  if (!res.ok) {
    const fields = Array.isArray(json?.errors) ? json.errors.slice(0, 3).map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join("; ") : "";
    throw new ApiError(res.status, `${json?.detail ?? res.statusText}${fields ? ` (${fields})` : ""}`, json);
  }
  return json as T;
}
