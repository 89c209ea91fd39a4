// The ranking metrics of the backtests (Hits@k, P@k, MRR, NDCG@k, mean ± standard error, paired
// differences) live in analysis/ranking-metrics.ts, where the learned contacts model also uses them
// to choose on a graph's own history; re-exported here for the evaluation code.
export * from "../analysis/ranking-metrics.ts";
