// "Who fits in?": the coordinator's question for a new network (described by its name, text, themes
// and lead partner) or one already in the graph. Two lists come back side by side — partners to
// invite, and networks to work with (running) or learn from (past) — each item with its reasons in
// the chosen language. Nothing is written; the answers come from the latest analysis's models.
import type { ApiResponse } from "../../schemas/api-responses.ts";
import { PARTNER_KIND_WORDS } from "../../vocabulary.ts";
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { h, table } from "./dom.ts";
import { whileBusy } from "./file-download.ts";

/** Items per list: a coordinator reads the top, not a ranking of hundreds. */
const LIMIT = 10;

type PartnerList = ApiResponse<"recommendPartnersForNewNetwork">;
type NetworkList = ApiResponse<"recommendNetworksForNewNetwork">;

const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
  h("div", { class: "field", "data-field": id }, h("label", { for: id }, label), control, hint ? h("span", { class: "note", id: `${id}-hint` }, hint) : null);

export const recommendPanel: Panel = async (root, ctx) => {
  const { m, lang } = ctx;
  const r = m.recommend;
  const [projects, themes] = await Promise.all([
    api("listProjects", "GET", "/api/v1/projects?limit=500&sort=name"),
    api("listThemes", "GET", "/api/v1/themes?limit=500"),
  ]);
  const mode = h("select", { id: "rec-mode" }, ...["new", "stored"].map((x) => h("option", { value: x }, r.modes[x]!)));
  const network = h("select", { id: "rec-network" }, ...projects.items.map((p) => h("option", { value: p.id }, p.name)));
  const name = h("input", { type: "text", id: "rec-name", maxlength: 300 });
  const description = h("textarea", { id: "rec-description", rows: 4, maxlength: 20000, "aria-describedby": "rec-description-hint" });
  const themeBoxes = themes.items.map((t) => h("label", { class: "check" }, h("input", { type: "checkbox", value: t.id, name: "rec-theme" }), lang === "nl" ? t.nameNl : t.nameEn));
  const themeSet = h("fieldset", { class: "rec-themes" }, h("legend", {}, r.themes), ...themeBoxes);
  const lead = h("input", { type: "text", id: "rec-lead", list: "rec-lead-options", autocomplete: "off", "aria-describedby": "rec-lead-hint" });
  const leadOptions = h("datalist", { id: "rec-lead-options" });
  const filter = h("select", { id: "rec-filter" }, ...["all", "running"].map((x) => h("option", { value: x }, r.networkFilters[x]!)));
  const ask = h("button", { type: "submit", class: "rec-ask" }, r.ask);
  const results = h("div", { class: "rec-results", "aria-live": "polite" });

  // Lead partners by name: the list offers the first matches as "name (id)"; the id is what is sent.
  const leadIds = new Map<string, string>();
  let lookup = 0;
  lead.addEventListener("input", () => {
    const text = lead.value.trim();
    if (text.length < 2 || leadIds.has(text)) return;
    const mine = ++lookup;
    void api("listPartners", "GET", `/api/v1/partners?limit=10&q=${encodeURIComponent(text)}`).then((found) => {
      if (mine !== lookup) return;
      leadOptions.replaceChildren(...found.items.map((p) => {
        const label = `${p.name} (${p.id})`;
        leadIds.set(label, p.id);
        return h("option", { value: label });
      }));
    }).catch(() => undefined);
  });
  // The id of the lead chosen from the list ("name (id)"); undefined when the field is empty or holds other text.
  const leadId = () => {
    const text = lead.value.trim();
    return leadIds.get(text) ?? /\(([^()]+)\)$/.exec(text)?.[1];
  };

  const newFields = [field("rec-name", r.name, name), field("rec-description", r.description, description, r.descriptionHint), themeSet, field("rec-lead", r.lead, lead, r.leadHint), leadOptions];
  const storedFields = [field("rec-network", r.network, network)];
  const update = () => {
    for (const f of newFields) f.hidden = mode.value !== "new";
    for (const f of storedFields) f.hidden = mode.value !== "stored";
    results.replaceChildren();
  };
  mode.addEventListener("change", update);

  const reasons = (x: { reasons: { nl: string[]; en: string[] } }) => h("ul", { class: "reasons" }, ...x.reasons[lang].map((t) => h("li", {}, t)));
  const kindWord = (k: string) => PARTNER_KIND_WORDS[k]?.[lang === "nl" ? 0 : 1] ?? k;
  // Running now or to come: a planned network is said to be planned.
  const timing = (n: NetworkList["items"][number]) => (n.timing === "past" ? r.timing.past! : n.timing ? r.timing[n.status === "planned" ? "planned" : "running"]! : "");
  const period = (p?: { start?: string; end?: string }) => (p ? `${p.start ?? "…"} – ${p.end ?? "…"}` : "");
  const show = (partners: PartnerList, networks: NetworkList) => {
    const warnings = [...new Set([...(partners.warnings ?? []), ...(networks.warnings ?? [])])];
    results.replaceChildren(
      ...(warnings.length ? [h("div", { class: "note rec-warnings" }, h("strong", {}, `${r.warnings}: `), warnings.join("; "))] : []),
      h("section", { class: "rec-partners" }, h("h3", {}, r.partners),
        partners.items.length ? table([r.columns.name!, r.columns.kind!, r.columns.why!], partners.items.map((p) => [p.name, kindWord(p.kind), reasons(p)])) : h("p", { class: "note" }, r.none),
        h("p", { class: "note" }, r.ranker(partners.ranker.source === "learned"))),
      h("section", { class: "rec-networks" }, h("h3", {}, r.networksTitle),
        networks.items.length ? table([r.columns.name!, r.columns.timing!, r.columns.period!, r.columns.why!], networks.items.map((n) => [n.name, timing(n), period(n.period), reasons(n)])) : h("p", { class: "note" }, r.none),
        h("p", { class: "note" }, r.ranker(networks.ranker.source === "learned"))),
    );
  };

  const submit = async () => {
    if (mode.value === "stored") {
      const q = `?limit=${LIMIT}&networks=${filter.value}`;
      const base = `/api/v1/projects/${encodeURIComponent(network.value)}/recommendations`;
      const [partners, networks] = await Promise.all([
        api("recommendPartnersForProject", "GET", `${base}/partners${q}`),
        api("recommendNetworksForProject", "GET", `${base}/networks${q}`),
      ]);
      return show(partners, networks);
    }
    if (lead.value.trim() && !leadId()) {
      ctx.status(r.pickLead, true);
      lead.focus();
      return;
    }
    const chosen = themeBoxes.map((l) => l.querySelector("input")!).filter((i) => i.checked).map((i) => i.value);
    const body = {
      ...(name.value.trim() ? { name: name.value.trim() } : {}),
      description: description.value.trim(), themes: chosen,
      ...(leadId() ? { lead: leadId() } : {}),
      limit: LIMIT, networks: filter.value,
    };
    if (!body.description && chosen.length === 0 && !body.lead) {
      ctx.status(r.needSomething, true);
      return;
    }
    const [partners, networks] = await Promise.all([
      api("recommendPartnersForNewNetwork", "POST", "/api/v1/recommendations/partners", body),
      api("recommendNetworksForNewNetwork", "POST", "/api/v1/recommendations/networks", body),
    ]);
    show(partners, networks);
  };
  const form = h("form", { class: "rec-form" },
    h("div", { class: "row" }, field("rec-mode", r.mode, mode), field("rec-filter", r.networks, filter)),
    ...storedFields, ...newFields,
    h("div", { class: "row" }, ask));
  const run = whileBusy(ask, ctx, submit);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    ctx.status("");
    void run();
  });
  root.replaceChildren(h("p", {}, r.help), form, results);
  update();
};
