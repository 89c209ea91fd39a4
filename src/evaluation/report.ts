// The backtest as plain-text tables (one per task), the ablation and the learned weights, for
// `diagonal evaluate` and `npm run quality:real`. Figures are mean ± standard error over the
// evaluated networks; "vs best" is the paired difference in Hits@k against the best baseline, with
// its size in SEs; the table of paired differences against every baseline follows each task, and
// the ablation gives the model refitted without each feature against the full model.
import type { Ranker } from "../analysis/recommend/learned-ranker.ts";
import type { AblationRow, BacktestReport, TaskResult } from "./backtest.ts";

const f3 = (x: number) => x.toFixed(3);
const pm = (m: { mean: number; se: number }) => `${f3(m.mean)} ± ${f3(m.se)}`;

const TITLES: Record<TaskResult["task"], string> = { partners: "Partner recommendation", networks: "Network-to-network" };

const signed = (m: { mean: number; se: number; z: number }) => `${m.mean >= 0 ? "+" : ""}${f3(m.mean)} ± ${f3(m.se)} (${m.z.toFixed(1)} SE)`;

/** Columns padded to their widest cell, a rule under the header. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]) => cells.map((c, j) => c.padEnd(widths[j]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function formatTask(t: TaskResult, k: number): string {
  const rows = t.methods.map((m) => [
    `${m.label}${m.method === t.bestBaseline ? " *" : ""}`,
    pm(m.metrics.hits),
    pm(m.metrics.precision),
    pm(m.metrics.mrr),
    pm(m.metrics.ndcg),
    m.vsBest ? signed(m.vsBest.hits) : "best baseline",
  ]);
  const learned = t.methods.find((m) => m.kind === "learned");
  const best = t.methods.find((m) => m.method === t.bestBaseline);
  const relative = learned && best && best.metrics.hits.mean > 0 ? (learned.metrics.hits.mean / best.metrics.hits.mean - 1) * 100 : undefined;
  return [
    `${TITLES[t.task]} (${t.relevance})`,
    `${t.queries} networks scored, ${t.relevantPerQuery.toFixed(2)} relevant each; candidate recall ${(100 * t.candidateRecall).toFixed(1)} % (pool ${Math.round(t.poolSize)} per network)`,
    ...(t.warning ? [`warning: ${t.warning}`] : []),
    ...table(["method", `Hits@${k}`, `P@${k}`, "MRR", `NDCG@${k}`, `vs best (Hits@${k})`], rows),
    ...(relative !== undefined ? [`learned model vs the best baseline (${best!.label}): ${relative >= 0 ? "+" : ""}${relative.toFixed(1)} % Hits@${k}`] : []),
    "",
    formatVsBaselines(t, k),
    ...(t.ablation?.length ? ["", formatAblation(t.ablation, k)] : []),
  ].join("\n");
}

/** The learned model's paired difference against each baseline, per metric. */
export function formatVsBaselines(t: TaskResult, k: number): string {
  const learned = t.methods.find((m) => m.kind === "learned");
  if (!learned) return "";
  const rows = t.methods
    .filter((m) => m.kind === "baseline")
    .map((m) => {
      const d = (name: keyof typeof m.metrics) => {
        const diff = learned.metrics[name].n ? pairedOf(learned, m, name) : undefined;
        return diff ? signed(diff) : "";
      };
      return [m.label, d("hits"), d("precision"), d("mrr"), d("ndcg")];
    });
  return [`learned model − baseline (paired over the same networks):`, ...table(["baseline", `Hits@${k}`, `P@${k}`, "MRR", `NDCG@${k}`], rows)].join("\n");
}

function pairedOf(learned: TaskResult["methods"][number], baseline: TaskResult["methods"][number], name: keyof TaskResult["methods"][number]["metrics"]) {
  return learned.vsBaselines?.[baseline.method]?.[name];
}

/** The model refitted without each feature: its Hits@k and the paired difference to the full model. */
export function formatAblation(rows: readonly AblationRow[], k: number): string {
  const sorted = [...rows].sort((a, b) => a.vsFull.mean - b.vsFull.mean);
  return [
    `ablation: the model refitted without each feature (without − full, paired; most negative = carries the most):`,
    ...table(["without", `Hits@${k}`, `without − full (Hits@${k})`], sorted.map((r) => [r.feature, pm(r.hits), signed(r.vsFull)])),
  ].join("\n");
}

export function formatRanker(name: string, r: Ranker): string {
  const weights = Object.entries(r.model.weights)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
    .map(([f, w]) => `${f} ${w >= 0 ? "+" : ""}${w.toFixed(2)}`)
    .join(", ");
  return r.source === "learned"
    ? `${name} weights (learned on ${r.model.rows} rows, ${r.model.positives} positive; per SD of log(1 + feature)): ${weights}`
    : `${name} weights: documented defaults — ${r.reason}: ${weights}`;
}

export function formatBacktest(r: BacktestReport): string {
  return [
    `Backtest: cutoff ${r.cutoff} — ${r.historyNetworks} networks before it (history), ${r.futureNetworks} from it on (predicted)`,
    r.split,
    "The model is fitted as an analysis run at the cutoff would fit it (same learner, seed and signal weights, history before the cutoff only).",
    ...r.tasks.flatMap((t) => ["", formatTask(t, r.k)]),
    "",
    formatRanker("Partner ranker", r.rankers.partners),
    formatRanker("Network ranker", r.rankers.networks),
    "* best baseline of this run; mean ± standard error over networks; vs best = paired difference.",
  ].join("\n");
}
