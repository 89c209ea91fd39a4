// The backtest as plain-text tables (one per task) and the learned weights, for `diagonal evaluate`
// and `npm run quality:real`. Figures are mean ± standard error over the evaluated networks; "vs
// best" is the paired difference in Hits@k against the best baseline, with its size in SEs.
import type { Ranker } from "../analysis/recommend/learned-ranker.ts";
import type { BacktestReport, TaskResult } from "./backtest.ts";

const f3 = (x: number) => x.toFixed(3);
const pm = (m: { mean: number; se: number }) => `${f3(m.mean)} ± ${f3(m.se)}`;

export function formatTask(t: TaskResult, k: number): string {
  const title =
    t.task === "partners"
      ? `Partner recommendation (relevant: the network's real partners besides its lead)`
      : `Network-to-network (relevant: earlier networks sharing ≥ 2 partners)`;
  const header = ["method", `Hits@${k}`, `P@${k}`, "MRR", `NDCG@${k}`, `vs best (Hits@${k})`];
  const rows = t.methods.map((m) => [
    `${m.label}${m.method === t.bestBaseline ? " *" : ""}`,
    pm(m.metrics.hits),
    pm(m.metrics.precision),
    pm(m.metrics.mrr),
    pm(m.metrics.ndcg),
    m.vsBest ? `${m.vsBest.hits.mean >= 0 ? "+" : ""}${f3(m.vsBest.hits.mean)} ± ${f3(m.vsBest.hits.se)} (${m.vsBest.hits.z.toFixed(1)} SE)` : "best baseline",
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]) => cells.map((c, j) => c.padEnd(widths[j]!)).join("  ");
  return [
    title,
    `${t.queries} networks, ${t.relevantPerQuery.toFixed(2)} relevant each; candidate recall ${(100 * t.candidateRecall).toFixed(1)} % (pool ${Math.round(t.poolSize)} per network)`,
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
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
    "",
    formatTask(r.tasks[0]!, r.k),
    "",
    formatTask(r.tasks[1]!, r.k),
    "",
    formatRanker("Partner ranker", r.rankers.partners),
    formatRanker("Network ranker", r.rankers.networks),
    "* best baseline of this run; mean ± standard error over networks; vs best = paired difference.",
  ].join("\n");
}
