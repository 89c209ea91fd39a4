// The health report's short section on networks marked active whose end date has passed: their
// status should be updated (completed or stopped), or their end date moved. Such a network is no
// longer suggested for collaboration (analysis/network-periods.ts).
import { say, type Lang, type Section } from "./document.ts";

export interface StaleNetwork {
  id: string;
  name: string;
  /** The end date as stored (2012, 2012-09 or 2012-09-30). */
  end: string;
}

export function staleNetworksSection(stale: readonly StaleNetwork[], lang: Lang): Section {
  const t = (nl: string, en: string) => say(lang, nl, en);
  return {
    id: "stale-networks",
    heading: t("Actief gemarkeerd maar afgelopen", "Marked active but ended"),
    blocks: stale.length
      ? [
          {
            type: "paragraph",
            text: t(
              `${stale.length} ${stale.length === 1 ? "netwerk staat" : "netwerken staan"} als actief gemarkeerd, maar de einddatum is voorbij. Ze krijgen geen samenwerkingssuggesties meer; pas de status of de einddatum aan.`,
              `${stale.length} ${stale.length === 1 ? "network is" : "networks are"} marked active, but the end date has passed. They get no collaboration suggestions; update the status or the end date.`,
            ),
          },
          { type: "table", columns: [t("Netwerk", "Network"), t("Einddatum", "End date")], rows: stale.map((s) => [s.name, s.end]) },
        ]
      : [{ type: "paragraph", text: t("Geen actieve netwerken met een voorbije einddatum.", "No active networks past their end date.") }],
  };
}
