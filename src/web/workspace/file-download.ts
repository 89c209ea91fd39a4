// Saves a file the API sent (a report, an export) under the name the server gave it: the request
// carries the bearer token, so a plain link cannot fetch it; the bytes become a blob URL to save.
import { apiFile } from "./api.ts";
import type { PanelContext } from "./context.ts";

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

/** A button's work: the button is off while it runs, and a failure is said on the status line. */
export const whileBusy = (button: HTMLButtonElement, ctx: PanelContext, work: () => Promise<void>) => async () => {
  button.disabled = true;
  ctx.status("");
  try {
    await work();
  } catch (e) {
    ctx.status((e as Error).message, true);
  } finally {
    button.disabled = false;
  }
};
