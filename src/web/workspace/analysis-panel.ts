// Start an analysis, watch its progress (the job's stage and counts, polled every second), and
// see what changed since the previous run: suggestions added, dropped (each with why it left) and
// moved among the pairs both runs suggest, by network name; communities.
import type { RunJson as Run } from "../../schemas/responses-analysis.ts";
import { api } from "./api.ts";
import { serverMessage } from "./catalogue.ts";
import type { Panel, PanelContext } from "./context.ts";
import { formatMoment } from "./dates.ts";
import { h, table } from "./dom.ts";


export const analysisPanel: Panel = async (root, ctx) => {
  const { w, m, lang } = ctx;
  const progress = h("div", { class: "progress", "aria-live": "polite" });
  const changes = h("section", { class: "changes" });
  const runs = h("section");
  const start = h("button", { type: "button", class: "start-analysis" }, w.start);
  // A role that may not start an analysis is not shown the button.
  root.replaceChildren(ctx.can("startAnalysis") ? h("div", { class: "row" }, start) : "", progress, changes, runs);
  const showRuns = async () => {
    const { items } = await api("listAnalysisRuns", "GET", "/api/v1/analysis/runs");
    runs.replaceChildren(h("h2", {}, w.runs), table(m.runColumns,
      items.slice(0, 10).map((r) => [r.id, formatMoment(lang, r.startedAt), r.counts.suggestions ?? "", r.counts.communities ?? "", r.modularity?.toFixed(3) ?? ""])));
    return items;
  };
  start.addEventListener("click", () => void run(ctx, start, progress, changes, showRuns).catch((e: Error) => ctx.status(e.message, true)));
  await showRuns();
};

async function run(ctx: PanelContext, start: HTMLButtonElement, progress: HTMLElement, changes: HTMLElement, showRuns: () => Promise<Run[]>) {
  const { w, m } = ctx;
  start.disabled = true;
  try {
    let job = await api("startAnalysis", "POST", "/api/v1/analysis/runs", {});
    const bar = h("progress", { max: 1, value: 0 });
    const label = h("span");
    progress.replaceChildren(bar, " ", label);
    while (job.state === "running") {
      label.textContent = `${w.running} — ${w.stage}: ${job.stage ? m.stages[job.stage] ?? job.stage : "…"} ${job.total ? `${job.done}/${job.total}` : ""}`;
      if (job.total) { bar.max = job.total; bar.value = job.done ?? 0; }
      await new Promise((r) => setTimeout(r, 1000));
      job = await api("getAnalysisJob", "GET", `/api/v1/analysis/jobs/${job.id}`);
    }
    if (job.state === "failed") {
      const why = serverMessage(ctx.lang, job.messageId, job.params) ?? job.error ?? "";
      progress.replaceChildren(h("p", { class: "error analysis-failed", role: "alert" }, `${w.failed}: ${why}`));
      return;
    }
    bar.max = 1; bar.value = 1;
    label.textContent = `${w.finished} ${job.runId}`;
    const items = await showRuns();
    const i = items.findIndex((r) => r.id === job.runId);
    const previous = items[i + 1];
    if (!previous) { changes.replaceChildren(h("p", { class: "note" }, w.firstRun)); return; }
    const d = await api("diffAnalysisRuns", "GET", `/api/v1/analysis/diff?from=${encodeURIComponent(previous.id)}&to=${encodeURIComponent(job.runId!)}`);
    const pairs = <T extends { aName: string; bName: string }>(xs: T[], more: (x: T) => string = () => "") => h("ul", {}, ...xs.slice(0, 20).map((x) => h("li", {}, `${x.aName} ↔ ${x.bName}${more(x)}`)));
    changes.replaceChildren(h("h2", {}, w.changes),
      h("h3", {}, `${w.added}: ${d.added.length}`), pairs(d.added),
      h("h3", {}, `${w.dropped}: ${d.dropped.length}`), pairs(d.dropped, (x) => ` — ${x.because[ctx.lang]}`),
      h("h3", {}, `${w.moved}: ${d.moved.length}`), pairs(d.moved, (m) => `: ${w.place} ${m.fromPlace} → ${m.toPlace}`),
      h("h3", {}, `${w.communityChanges}: ${d.communityChanges.length}`));
  } finally {
    start.disabled = false;
  }
}
