// The suggestions inbox, overall or for one network: each suggestion with its reasons (in the
// chosen language), each network's status and period (a network marked active past its end date
// is flagged), its signal breakdown as bars, and accept / reject with a note.
import { api } from "./api.ts";
import type { Panel, PanelContext } from "./context.ts";
import { h } from "./dom.ts";

interface Suggestion {
  id: string; a: string; b: string; aName?: string; bName?: string; rank: number; score: number; diagonal: boolean;
  signals: Record<string, number>; reasons: { nl: string[]; en: string[] };
  networks?: { a: NetworkInTime; b: NetworkInTime };
}
interface NetworkInTime { status: string; start?: string; end?: string; staleActive: boolean }

export const suggestionInbox: Panel = async (root, ctx) => {
  const { w } = ctx;
  const projects = await api<{ items: { id: string; name: string }[] }>("GET", "/api/v1/projects?limit=500&sort=name");
  const pick = h("select", { id: "inbox-project", "aria-label": w.network },
    h("option", { value: "" }, w.allNetworks), ...projects.items.map((p) => h("option", { value: p.id }, p.name)));
  const list = h("div", { class: "inbox-list" });
  root.replaceChildren(h("div", { class: "row" }, h("label", { for: "inbox-project" }, w.network), pick), list);
  const load = async () => {
    list.replaceChildren(h("p", { class: "note" }, w.loading));
    const path = pick.value ? `/api/v1/projects/${encodeURIComponent(pick.value)}/suggestions?limit=50` : "/api/v1/suggestions?limit=50";
    const { items } = await api<{ items: Suggestion[] }>("GET", path);
    list.replaceChildren(...(items.length ? items.map((s) => card(s, ctx, load)) : [h("p", { class: "note" }, w.noSuggestions)]));
  };
  pick.addEventListener("change", () => void load().catch((e: Error) => ctx.status(e.message, true)));
  await load();
};

/** Each network's status and period; one marked active past its end date is flagged. */
function timing(s: Suggestion, ctx: PanelContext): HTMLElement {
  const { w } = ctx;
  const one = (name: string, n: NetworkInTime) =>
    h("span", { class: n.staleActive ? "network-time stale" : "network-time" },
      `${name}: ${w.statuses[n.status] ?? n.status}${n.start || n.end ? ` (${n.start ?? ""}–${n.end ?? ""})` : ""}`,
      n.staleActive ? h("span", { class: "badge warning", title: w.staleActive }, `⚠ ${w.staleActive}`) : null);
  return h("p", { class: "note network-times" }, one(s.aName ?? s.a, s.networks!.a), " · ", one(s.bName ?? s.b, s.networks!.b));
}

function card(s: Suggestion, ctx: PanelContext, reload: () => Promise<void>): HTMLElement {
  const { w, lang } = ctx;
  const max = Math.max(0.0001, ...Object.values(s.signals));
  const signals = h("div", { class: "signals", role: "list", "aria-label": "signals" });
  for (const [name, value] of Object.entries(s.signals)) {
    const bar = h("div", { class: "bar", role: "presentation" }, h("span", { style: `width:${Math.round((100 * value) / max)}%` }));
    signals.append(h("span", { role: "listitem" }, w.signals[name] ?? name), bar, h("span", {}, value.toFixed(3)));
  }
  const note = h("input", { type: "text", maxlength: 2000, placeholder: w.note, "aria-label": w.note, class: "decision-note" });
  const decide = (decision: "accept" | "reject") => async () => {
    try {
      await api("POST", `/api/v1/suggestions/${encodeURIComponent(s.id)}/decision`, { decision, note: note.value });
      ctx.status(decision === "accept" ? w.accepted : w.rejected);
      await reload();
    } catch (e) {
      ctx.status((e as Error).message, true);
    }
  };
  return h("article", { class: "card suggestion", "data-suggestion": s.id },
    h("h3", {}, `${s.aName ?? s.a} ↔ ${s.bName ?? s.b}`, h("span", { class: "badge" }, `${w.score} ${s.score.toFixed(3)}`), s.diagonal ? h("span", { class: "badge" }, w.diagonal) : null),
    s.networks ? timing(s, ctx) : null,
    h("ul", {}, ...s.reasons[lang].map((r) => h("li", {}, r))),
    signals,
    h("div", { class: "decide" }, note,
      h("button", { type: "button", class: "accept", onclick: decide("accept") as EventListener }, w.accept),
      h("button", { type: "button", class: "reject", onclick: decide("reject") as EventListener }, w.reject)));
}
