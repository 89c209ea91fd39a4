// The history of decisions: who was paired, accepted or rejected, the note, when.
import { api } from "./api.ts";
import type { Panel } from "./context.ts";
import { formatMoment } from "./dates.ts";
import { h, table } from "./dom.ts";

interface Decision { suggestionId: string; a: string; b: string; decision: "accepted" | "rejected"; note?: string; decidedAt: string }

export const decisionHistory: Panel = async (root, { w, lang }) => {
  const { items } = await api<{ items: Decision[] }>("GET", "/api/v1/decisions");
  const label = (d: Decision["decision"]) => w.decided[d];
  root.replaceChildren(items.length
    ? table([w.pair, w.decision, w.noteHeader, w.when], items.map((d) => [`${d.a} ↔ ${d.b}`, label(d.decision), d.note ?? "", formatMoment(lang, d.decidedAt)]), "ws-table decisions")
    : h("p", { class: "note" }, w.noDecisions));
};
