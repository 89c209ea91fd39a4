// Saves a file the API sent (a report, an export) under the name the server gave it: the request
// carries the bearer token, so a plain link cannot fetch it; the bytes become a blob URL to save.
import { apiFile } from "./api.ts";

export async function downloadFile(path: string): Promise<string> {
  const { blob, fileName } = await apiFile(path);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}
