// The health report's section on networks marked active whose end date has passed, in both languages.
import { describe, expect, it } from "vitest";
import { staleNetworksSection } from "../../src/reports/stale-networks-section.ts";

describe("stale networks section", () => {
  const stale = [{ id: "ln-buurt-gent", name: "Ondernemen in de wijk", end: "2023-12-31" }];
  it("names each network and its end date, in Dutch and English", () => {
    const nl = staleNetworksSection(stale, "nl");
    expect(nl.heading).toBe("Actief gemarkeerd maar afgelopen");
    expect(nl.blocks[1]).toEqual({ type: "table", columns: ["Netwerk", "Einddatum"], rows: [["Ondernemen in de wijk", "2023-12-31"]] });
    const en = staleNetworksSection(stale, "en");
    expect(en.blocks[0]).toMatchObject({ type: "paragraph", text: expect.stringMatching(/^1 network is marked active, but the end date has passed/) });
  });
  it("says so when there are none", () => {
    expect(staleNetworksSection([], "en").blocks).toEqual([{ type: "paragraph", text: "No active networks past their end date." }]);
  });
});
