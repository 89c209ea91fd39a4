// Opportunities of the latest run, by kind: brokers, isolated networks, theme gaps, reusable
// outcomes, partner recommendations, past networks to learn from — each titled with its subjects' names, with its reasons.
import type { OpportunityKind } from "../../schemas/suggestion.ts";
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { h } from "./dom.ts";
import { everyOf } from "./schema-lists.ts";

const KINDS = everyOf<OpportunityKind>()(["broker", "isolated", "theme-gap", "reusable-outcome", "partner-recommendation", "learn-from"]);

export const opportunityList: Panel = async (root, ctx) => {
  const { w, lang } = ctx;
  const pick = h("select", { id: "opportunity-kind", "aria-label": w.kind }, ...KINDS.map((k) => h("option", { value: k }, w.kinds[k] ?? k)));
  const list = h("div");
  root.replaceChildren(h("div", { class: "row" }, h("label", { for: "opportunity-kind" }, w.kind), pick), list);
  const load = async () => {
    const { items } = await api("listOpportunities", "GET", `/api/v1/opportunities?kind=${pick.value}&limit=50`);
    list.replaceChildren(...(items.length
      ? items.map((o) => h("article", { class: "card" }, h("h3", {}, o.subjects.map((s) => (lang === "en" ? s.nameEn ?? s.nameNl : s.nameNl) ?? s.id).join(" · "), h("span", { class: "badge" }, `${w.score} ${o.score.toFixed(3)}`)), h("ul", {}, ...o.reasons[lang].map((r) => h("li", {}, r)))))
      : [h("p", { class: "note" }, w.noOpportunities)]));
  };
  pick.addEventListener("change", () => void load().catch((e: Error) => ctx.status(e.message, true)));
  await load();
};
