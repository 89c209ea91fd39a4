// The suggestions inbox: open suggestions filtered by network, theme, community and the networks'
// status, with their total and a page at a time. Each card names both networks with their status
// and period (a network marked active past its end date is flagged), its reasons (in the chosen
// language) and signal bars, and accept / reject with a note — sent with the version of the pair's
// decision the card showed, and disabled while pending.
import type { NetworkInTimeJson as NetworkInTime, SuggestionJson as Suggestion } from "../../schemas/responses-analysis.ts";
import type { Project } from "../../schemas/project.ts";
import { api, ApiError } from "./api.ts";
import type { Panel, PanelContext } from "./context.ts";
import { h } from "./dom.ts";
import { showPager } from "./pager.ts";
import { everyOf } from "./schema-lists.ts";

const PAGE = 20;
const NETWORK_STATUSES = everyOf<Project["status"]>()(["planned", "active", "completed", "stopped"]);

export const suggestionInbox: Panel = async (root, ctx) => {
  const { w, lang } = ctx;
  const iw = w.inbox;
  const [projects, themes, communities] = await Promise.all([
    api("listProjects", "GET", "/api/v1/projects?limit=500&sort=name"),
    api("listThemes", "GET", "/api/v1/themes?limit=500"),
    api("listCommunities", "GET", "/api/v1/communities").catch(() => ({ items: [] })),
  ]);
  const select = (idName: string, label: string, all: string, options: [string, string][]) =>
    h("select", { id: idName, "aria-label": label }, h("option", { value: "" }, all), ...options.map(([v, t]) => h("option", { value: v }, t)));
  const pick = select("inbox-project", w.network, w.allNetworks, projects.items.map((p) => [p.id, p.name]));
  const theme = select("inbox-theme", iw.theme, iw.allThemes, themes.items.map((t) => [t.id, lang === "en" ? t.nameEn : t.nameNl]));
  const community = select("inbox-community", iw.community, iw.allCommunities,
    communities.items.map((c) => [String(c.label), `${c.label}${(lang === "en" ? c.nameEn : c.nameNl) ? ` · ${lang === "en" ? c.nameEn : c.nameNl}` : ""}`]));
  const status = select("inbox-status", iw.networkStatus, iw.anyNetworkStatus, NETWORK_STATUSES.map((s) => [s, iw.statuses[s] ?? s]));
  const count = h("p", { class: "inbox-count", role: "status" });
  const list = h("div", { class: "inbox-list" });
  const pager = h("div", { class: "row pager" });
  let offset = 0;

  const load = async (): Promise<void> => {
    list.replaceChildren(h("p", { class: "note" }, w.loading));
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    if (theme.value) q.set("theme", theme.value);
    if (community.value) q.set("community", community.value);
    if (status.value) q.set("status", status.value);
    const base = pick.value ? `/api/v1/projects/${encodeURIComponent(pick.value)}/suggestions` : "/api/v1/suggestions";
    const page = await api("listSuggestions", "GET", `${base}?${q}`);
    const total = page.total ?? page.items.length;
    count.textContent = iw.count(total);
    list.replaceChildren(...(page.items.length ? page.items.map((s) => card(s, ctx, load)) : [h("p", { class: "note" }, w.noSuggestions)]));
    showPager(pager, w, { offset, shown: page.items.length, total, size: PAGE }, (to) => { offset = to; void load().catch(fail); });
  };
  const fail = (e: Error) => ctx.status(e.message, true);
  for (const s of [pick, theme, community, status]) s.addEventListener("change", () => { offset = 0; void load().catch(fail); });
  root.replaceChildren(
    h("div", { class: "row filters" },
      h("span", { class: "field" }, h("label", { for: "inbox-project" }, w.network), pick),
      h("span", { class: "field" }, h("label", { for: "inbox-theme" }, iw.theme), theme),
      h("span", { class: "field" }, h("label", { for: "inbox-community" }, iw.community), community),
      h("span", { class: "field" }, h("label", { for: "inbox-status" }, iw.networkStatus), status)),
    count, list, pager);
  await load();
};

/** Each network's status and period; one marked active past its end date is flagged. */
function timing(s: Suggestion, ctx: PanelContext): HTMLElement {
  const { w } = ctx;
  const iw = w.inbox;
  const one = (name: string, n: NetworkInTime) =>
    h("span", { class: n.staleActive ? "network-time stale" : "network-time" },
      `${name}: `, h("span", { class: "status" }, iw.statuses[n.status] ?? n.status), `, ${iw.period(n.start, n.end)}`,
      n.staleActive ? h("span", { class: "badge warning", title: w.staleActive }, `⚠ ${w.staleActive}`) : null);
  return h("p", { class: "network-facts" }, one(s.aName ?? s.a, s.networks!.a), " · ", one(s.bName ?? s.b, s.networks!.b));
}

function card(s: Suggestion, ctx: PanelContext, reload: () => Promise<void>): HTMLElement {
  const { w, lang } = ctx;
  const max = Math.max(0.0001, ...Object.values(s.signals));
  const signals = h("div", { class: "signals", role: "list", "aria-label": ctx.m.signals });
  for (const [name, value] of Object.entries(s.signals)) {
    const bar = h("div", { class: "bar", role: "presentation" }, h("span", { style: `width:${Math.round((100 * value) / max)}%` }));
    signals.append(h("span", { role: "listitem" }, w.signals[name] ?? name), bar, h("span", {}, value.toFixed(3)));
  }
  const note = h("input", { type: "text", maxlength: 2000, placeholder: w.note, "aria-label": w.note, class: "decision-note" });
  const accept = h("button", { type: "button", class: "accept" }, w.accept);
  const reject = h("button", { type: "button", class: "reject" }, w.reject);
  const decide = (decision: "accept" | "reject") => async () => {
    // Disabled while pending: a double click never decides twice.
    if (accept.disabled) return;
    accept.disabled = reject.disabled = true;
    try {
      await api("decideSuggestion", "POST", `/api/v1/suggestions/${encodeURIComponent(s.id)}/decision`, { decision, note: note.value, version: s.decisionVersion ?? 0 });
      ctx.status(decision === "accept" ? w.accepted : w.rejected);
    } catch (e) {
      const changed = e instanceof ApiError && e.status === 409;
      ctx.status(changed ? `${w.decisionLoop.changed} ${(e as Error).message}` : (e as Error).message, true);
      if (!changed) { accept.disabled = reject.disabled = false; return; }
    }
    await reload();
  };
  accept.addEventListener("click", decide("accept"));
  reject.addEventListener("click", decide("reject"));
  const aName = s.aName ?? s.a;
  const bName = s.bName ?? s.b;
  return h("article", { class: "card suggestion", "data-suggestion": s.id },
    h("h3", {}, `${aName} ↔ ${bName}`, h("span", { class: "badge" }, `${w.score} ${s.score.toFixed(3)}`), s.diagonal ? h("span", { class: "badge" }, w.diagonal) : null),
    s.networks ? timing(s, ctx) : null,
    h("ul", {}, ...s.reasons[lang].map((r) => h("li", {}, r))),
    signals,
    // Only a role that may decide is shown the note and the buttons.
    ctx.can("decideSuggestion") && h("div", { class: "decide" }, note, accept, reject));
}
