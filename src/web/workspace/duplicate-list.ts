// Duplicate organisations: the stored partners that may be one organisation, most likely first,
// each with its confidence and reason. "Merge…" asks the API what would move (a dry run) and shows
// it, naming both organisations; only the confirmation merges. Every merge can be undone, here
// right after it and from the list of recent merges. Shown to roles that may merge.
import type { DuplicateCandidate, PartnerMergeRecord } from "../../schemas/partner-duplicates.ts";
import { api } from "./api.ts";
import type { Panel, PanelContext } from "./context.ts";
import { h, table } from "./dom.ts";

const percent = (x: number) => `${Math.round(x * 100)} %`;

export const duplicateList: Panel = async (root, ctx) => {
  const d = ctx.w.duplicates;
  const [candidates, merges] = await Promise.all([
    api("listDuplicatePartners", "GET", "/api/v1/partners/duplicates?limit=100"),
    api("listPartnerMerges", "GET", "/api/v1/partners/merges"),
  ]);
  const reload = () => void duplicateList(root, ctx).catch((e: Error) => ctx.status(e.message, true));
  const side = (s: DuplicateCandidate["a"], before = "") => h("div", { class: "dup-org" }, before, h("strong", {}, s.name), " ", h("code", {}, s.id));

  const rows = candidates.items.map((c) => {
    const confirmBox = h("div", { class: "dup-confirm", hidden: true });
    const button = h("button", { type: "button", class: "dup-merge" }, d.merge);
    button.addEventListener("click", () => void preview(c.a, c.b, confirmBox, ctx, reload).catch((e: Error) => ctx.status(e.message, true)));
    return [
      h("div", {}, side(c.a), side(c.b, "↔ "), confirmBox),
      h("span", { class: "dup-confidence" }, percent(c.confidence)),
      ctx.lang === "nl" ? c.reasonNl : c.reasonEn,
      button,
    ];
  });
  root.replaceChildren(
    h("p", { class: "note" }, d.intro),
    rows.length > 0 ? table([d.pair, d.confidence, d.reason, ""], rows, "ws-table duplicates") : h("p", { class: "note" }, d.none),
    h("h3", {}, d.recent),
    merges.items.length > 0
      ? table([d.pair, ctx.w.when, d.by, ""], merges.items.map((m) => [
        `${m.drop.name} → ${m.keep.name}`,
        (m.at ?? "").slice(0, 16).replace("T", " "),
        m.by ?? "",
        m.undoneAt ? `${d.undoneAt} ${m.undoneAt.slice(0, 16).replace("T", " ")}` : undoButton(m, ctx, reload),
      ]), "ws-table merges")
      : h("p", { class: "note" }, d.noMerges),
  );
};

/** Shows what merging `drop` into `keep` would move, with confirm, swap and cancel. */
async function preview(keep: { id: string; name: string }, drop: { id: string; name: string }, box: HTMLElement, ctx: PanelContext, reload: () => void): Promise<void> {
  const d = ctx.w.duplicates;
  const m = await api("mergePartner", "POST", `/api/v1/partners/${encodeURIComponent(keep.id)}/merge`, { drop: drop.id, dryRun: true });
  const list = (ids: string[]) => h("ul", {}, ...ids.map((id) => h("li", {}, m.networkNames?.[id] ? `${m.networkNames[id]} ` : "", h("code", {}, id))));
  const confirm = h("button", { type: "button", class: "dup-confirm-merge" }, d.confirm);
  const swap = h("button", { type: "button", class: "dup-swap secondary" }, d.swap);
  const cancel = h("button", { type: "button", class: "dup-cancel secondary" }, d.cancel);
  box.replaceChildren(
    h("p", { class: "dup-question" }, h("strong", {}, d.confirmTitle(keep.name, drop.name))),
    h("p", {}, d.keeps(keep.name, drop.name)),
    h("p", {}, d.moves(m.moved.participations.length)), list(m.moved.participations),
    ...(m.moved.sharedNetworks.length > 0 ? [h("p", {}, d.shared), list(m.moved.sharedNetworks)] : []),
    ...(m.moved.aliases.length > 0 ? [h("p", {}, d.aliases), list(m.moved.aliases)] : []),
    h("div", { class: "row" }, confirm, swap, cancel),
  );
  box.hidden = false;
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", d.confirmTitle(keep.name, drop.name));
  confirm.focus();
  cancel.addEventListener("click", () => { box.hidden = true; box.replaceChildren(); });
  swap.addEventListener("click", () => void preview(drop, keep, box, ctx, reload).catch((e: Error) => ctx.status(e.message, true)));
  confirm.addEventListener("click", () => void (async () => {
    confirm.disabled = true;
    const done = await api("mergePartner", "POST", `/api/v1/partners/${encodeURIComponent(keep.id)}/merge`, { drop: drop.id });
    ctx.status(d.merged(done.keep.name, done.drop.name));
    reload();
  })().catch((e: Error) => { confirm.disabled = false; ctx.status(e.message, true); }));
}

function undoButton(m: PartnerMergeRecord, ctx: PanelContext, reload: () => void): HTMLElement {
  const d = ctx.w.duplicates;
  const b = h("button", { type: "button", class: "dup-undo secondary", "aria-label": `${d.undo}: ${m.drop.name} → ${m.keep.name}` }, d.undo);
  b.addEventListener("click", () => void (async () => {
    b.disabled = true;
    const undone = await api("undoPartnerMerge", "POST", `/api/v1/partners/merges/${encodeURIComponent(m.id)}/undo`);
    ctx.status(d.undone(undone.keep.name, undone.drop.name));
    reload();
  })().catch((e: Error) => { b.disabled = false; ctx.status(e.message, true); }));
  return b;
}
