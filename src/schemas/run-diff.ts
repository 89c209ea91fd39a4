// Why a suggested pair left between two analysis runs, declared once for the service that decides
// it, the API that returns it and the workspace that shows it: the coordinator decided on it, one
// of its networks ended or was removed, the two now collaborate, or its score fell below the cut
// (each network keeps only its best suggestions). Each reason in Dutch and English.
export const DROP_REASONS = ["decided", "network-removed", "network-ended", "collaborating", "below-cut"] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** The reason as a coordinator reads it, naming the network that ended or was removed, or the decision. */
export function dropReasonText(reason: DropReason, lang: "nl" | "en", detail: { network?: string; decision?: "accepted" | "rejected" } = {}): string {
  const n = detail.network ?? "";
  const words: Record<DropReason, [string, string]> = {
    decided: detail.decision === "accepted" ? ["aanvaard", "accepted"] : detail.decision === "rejected" ? ["afgewezen", "rejected"] : ["beslist", "decided"],
    "network-removed": [`netwerk ${n} is verwijderd`, `network ${n} was removed`],
    "network-ended": [`netwerk ${n} is afgelopen`, `network ${n} has ended`],
    collaborating: ["de twee netwerken werken nu samen", "the two networks now collaborate"],
    "below-cut": ["de score zakte onder de drempel: elk netwerk krijgt alleen zijn beste voorstellen", "the score fell below the cut: each network gets only its best suggestions"],
  };
  return words[reason][lang === "nl" ? 0 : 1];
}
