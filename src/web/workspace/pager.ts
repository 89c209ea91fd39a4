// Paging a workspace list: "1–20 of 45" with previous and next, the same in every list.
import type { Words } from "./words.ts";
import { h } from "./dom.ts";

/** Fills `root` with the page's place and its buttons; `go` receives the new offset. */
export function showPager(root: HTMLElement, w: Words, page: { offset: number; shown: number; total: number; size: number }, go: (offset: number) => void): void {
  const { offset, shown, total, size } = page;
  const prev = h("button", { type: "button", class: "page-previous", disabled: offset === 0 }, w.decisionLoop.previousPage);
  const next = h("button", { type: "button", class: "page-next", disabled: offset + size >= total }, w.decisionLoop.nextPage);
  prev.addEventListener("click", () => go(Math.max(0, offset - size)));
  next.addEventListener("click", () => go(offset + size));
  root.replaceChildren(h("span", { class: "count" }, total ? w.decisionLoop.page(offset + 1, offset + shown, total) : ""), prev, next);
}
