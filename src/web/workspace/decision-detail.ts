// One pair's decision opened from the Decisions tab: its full history (every decision and undo, who,
// when, the note), and one-click steps — decide again, undo — each confirmed with what will happen
// to the collaboration. A step sends the version shown; if someone decided meanwhile, the API
// answers 409 and the pair is shown afresh instead of being overwritten.
import type { DecisionJson } from "../../schemas/responses-analysis.ts";
import { api, ApiError } from "./api.ts";
import type { PanelContext } from "./context.ts";
import { formatMoment } from "./dates.ts";
import { h } from "./dom.ts";

export type Decision = DecisionJson;
type State = Decision["decision"];

export const pairName = (d: Pick<Decision, "a" | "b" | "aName" | "bName">) => `${d.aName ?? d.a} ↔ ${d.bName ?? d.b}`;

/** What the next undo would do: the state it returns to, and the collaboration's fate. */
function undoEffect(d: Decision): { to: State; effect: "make" | "remove" | "none" } | undefined {
  const target = [...d.history].reverse().find((e) => e.action === "decide" && !e.undoneAt);
  if (!target) return undefined;
  const to = target.previous ?? "open";
  const effect = to === "accepted" && d.decision !== "accepted" ? "make" : d.decision === "accepted" && to !== "accepted" && d.collaboration === "made-by-accepting" ? "remove" : "none";
  return { to, effect };
}

export async function decisionDetail(root: HTMLElement, pairKey: string, ctx: PanelContext, onChanged: () => Promise<void>): Promise<void> {
  const { w, lang } = ctx;
  const dw = w.decisionLoop;
  const d = await api("getDecision", "GET", `/api/v1/decisions/${encodeURIComponent(pairKey)}`);
  const name = pairName(d);
  const confirmBox = h("div", { class: "confirm", role: "alertdialog", hidden: true });
  const buttons: HTMLButtonElement[] = [];

  const step = (label: string, cls: string, question: string, send: () => Promise<unknown>, done: State | ((r: Decision) => State)) => {
    const b = h("button", { type: "button", class: cls }, label);
    b.addEventListener("click", () => {
      const yes = h("button", { type: "button", class: "confirm-yes" }, dw.confirm);
      const no = h("button", { type: "button", class: "confirm-no" }, dw.cancel);
      no.addEventListener("click", () => { confirmBox.hidden = true; confirmBox.replaceChildren(); });
      yes.addEventListener("click", async () => {
        // Disabled while the step is pending: a double click never decides twice.
        for (const x of [...buttons, yes, no]) x.disabled = true;
        yes.textContent = w.inbox.deciding;
        try {
          const r = (await send()) as Decision;
          ctx.status(dw.done[typeof done === "function" ? done(r) : done] ?? "");
        } catch (e) {
          ctx.status(e instanceof ApiError && e.status === 409 && e.body?.type?.endsWith("decision-changed") ? `${dw.changed} ${e.message}` : (e as Error).message, true);
        }
        await onChanged();
      });
      confirmBox.replaceChildren(h("p", {}, question), h("div", { class: "row" }, yes, no));
      confirmBox.hidden = false;
      yes.focus();
    });
    buttons.push(b);
    return b;
  };

  const path = `/api/v1/decisions/${encodeURIComponent(d.pairKey)}`;
  const decideAgain = (decision: "accept" | "reject") => () => api("redecidePair", "POST", path, { decision, version: d.version });
  const undo = undoEffect(d);
  // Only a role that may decide is shown the steps.
  const actions = !ctx.can("redecidePair") ? null : h("div", { class: "row actions" },
    d.decision !== "accepted" ? step(dw.acceptAgain, "accept-again", dw.confirmAccept(name), decideAgain("accept"), "accepted") : null,
    d.decision !== "rejected" ? step(dw.rejectAgain, "reject-again", dw.confirmReject(name, d.decision === "accepted" && d.collaboration === "made-by-accepting"), decideAgain("reject"), "rejected") : null,
    undo
      ? step(dw.undo, "undo", dw.confirmUndo(name, dw.states[undo.to] ?? undo.to, undo.effect), () => api("undoDecision", "POST", `${path}/undo`, { version: d.version }), (r) => r.decision)
      : h("span", { class: "note" }, dw.nothingToUndo));

  const rows = d.history.map((e) => h("tr", { class: e.undoneAt ? "undone" : undefined },
    h("td", {}, e.version ?? ""),
    h("td", {}, e.action === "undo" ? dw.undoStep : dw.decideStep),
    h("td", {}, h("span", { class: `state state-${e.decision}` }, dw.states[e.decision] ?? e.decision)),
    h("td", {}, e.previous ? dw.states[e.previous] ?? e.previous : ""),
    h("td", {}, e.by ?? ""),
    h("td", {}, formatMoment(lang, e.at)),
    h("td", {}, e.note ?? "", e.undoneAt ? h("div", { class: "note" }, dw.undoneNote(e.undoneBy ?? "", formatMoment(lang, e.undoneAt))) : null)));

  root.replaceChildren(
    h("h3", {}, dw.historyOf(name)),
    h("p", {},
      h("span", { class: `state state-${d.decision}` }, dw.states[d.decision] ?? d.decision),
      d.collaboration === "made-by-accepting" ? h("span", { class: "badge" }, dw.collaborationMade) : null,
      h("span", { class: "badge" }, `${dw.version} ${d.version}`)),
    ...(actions ? [actions, confirmBox] : []),
    h("table", { class: "ws-table decision-events" },
      h("thead", {}, h("tr", {}, ...["#", dw.step, dw.status, dw.previous, dw.who, w.when, w.noteHeader].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, ...rows)));
}
