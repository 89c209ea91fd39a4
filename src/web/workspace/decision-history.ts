// The Decisions tab: every decided pair with both networks' names, its status, who decided, when and
// the note, filtered by status, network, who and period, a page at a time. Each opens its full
// history, where the pair is decided again or its latest decision undone (decision-steps.ts).
import type { DecisionStatus } from "../../schemas/suggestion.ts";
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { formatMoment } from "./dates.ts";
import { decisionDetail, pairName, type Decision } from "./decision-detail.ts";
import { h } from "./dom.ts";
import { showPager } from "./pager.ts";
import { everyOf } from "./schema-lists.ts";

const PAGE = 20;
const STATES = everyOf<DecisionStatus>()(["accepted", "rejected", "open"]);

export const decisionHistory: Panel = async (root, ctx) => {
  const { w, lang } = ctx;
  const dw = w.decisionLoop;
  const projects = await api("listProjects", "GET", "/api/v1/projects?limit=500&sort=name");
  const status = h("select", { id: "decision-status", "aria-label": dw.status }, h("option", { value: "" }, dw.anyStatus), ...STATES.map((s) => h("option", { value: s }, dw.states[s] ?? s)));
  const network = h("select", { id: "decision-network", "aria-label": w.network }, h("option", { value: "" }, w.allNetworks), ...projects.items.map((p) => h("option", { value: p.id }, p.name)));
  const who = h("input", { id: "decision-by", type: "text", placeholder: dw.whoPlaceholder, "aria-label": dw.who, size: 16 });
  const from = h("input", { id: "decision-from", type: "date", "aria-label": dw.from });
  const to = h("input", { id: "decision-to", type: "date", "aria-label": dw.to });
  const list = h("div", { class: "decision-list" });
  const pager = h("div", { class: "row pager" });
  const detail = h("section", { class: "decision-detail", "aria-live": "polite" });
  let offset = 0;
  let open: string | undefined;

  const query = () => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    if (status.value) q.set("decision", status.value);
    if (network.value) q.set("project", network.value);
    if (who.value.trim()) q.set("by", who.value.trim());
    // A day in Belgium: from its first moment to its last.
    if (from.value) q.set("since", new Date(`${from.value}T00:00:00`).toISOString());
    if (to.value) q.set("until", new Date(`${to.value}T23:59:59.999`).toISOString());
    return q;
  };

  const load = async (): Promise<void> => {
    const page = await api("listDecisions", "GET", `/api/v1/decisions?${query()}`);
    const rows = page.items.flatMap((d) => {
      const button = h("button", { type: "button", class: "link-button open-history", "aria-expanded": String(open === d.pairKey) }, pairName(d));
      button.addEventListener("click", () => void toggle(d.pairKey));
      const row = h("tr", { "data-pair": d.pairKey, class: open === d.pairKey ? "selected" : undefined },
        h("td", {}, button),
        h("td", {}, h("span", { class: `state state-${d.decision}` }, dw.states[d.decision] ?? d.decision)),
        h("td", {}, d.decidedBy ?? ""),
        h("td", {}, formatMoment(lang, d.decidedAt)),
        h("td", {}, d.note ?? ""));
      // The opened pair's history unfolds right under its row.
      return open === d.pairKey ? [row, h("tr", { class: "history-row" }, h("td", { colspan: 5 }, detail))] : [row];
    });
    list.replaceChildren(page.items.length
      ? h("table", { class: "ws-table decisions" },
        h("thead", {}, h("tr", {}, ...[w.pair, dw.status, dw.who, w.when, w.noteHeader].map((x) => h("th", { scope: "col" }, x)))),
        h("tbody", {}, ...rows))
      : h("p", { class: "note" }, w.noDecisions));
    showPager(pager, w, { offset, shown: page.items.length, total: page.total, size: PAGE }, (to) => { offset = to; void load().catch(fail); });
  };

  const showDetail = async (): Promise<void> => {
    if (!open) return void detail.replaceChildren();
    await decisionDetail(detail, open, ctx, async () => { await load(); await showDetail(); });
  };
  const toggle = async (pairKey: string) => {
    open = open === pairKey ? undefined : pairKey;
    await load().then(showDetail).catch(fail);
  };
  const fail = (e: Error) => ctx.status(e.message, true);
  const refilter = () => { offset = 0; void load().catch(fail); };
  for (const input of [status, network, from, to]) input.addEventListener("change", refilter);
  who.addEventListener("change", refilter);

  root.replaceChildren(
    h("div", { class: "row filters" },
      h("span", { class: "field" }, h("label", { for: "decision-status" }, dw.status), status),
      h("span", { class: "field" }, h("label", { for: "decision-network" }, w.network), network),
      h("span", { class: "field" }, h("label", { for: "decision-by" }, dw.who), who),
      h("span", { class: "field" }, h("label", { for: "decision-from" }, dw.from), from),
      h("span", { class: "field" }, h("label", { for: "decision-to" }, dw.to), to)),
    list, pager);
  await load();
};
