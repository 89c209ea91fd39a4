// Introductions on a generated graph large enough to choose a contacts model on its own history:
// the route (answered by the recommender's thread) and `diagonal recommend contacts` (the same call
// in the CLI's own thread) rank with the same model, the one a fit on the stored graph chooses.
import { beforeAll, describe, expect, it } from "vitest";
import { fitContactModel } from "../../src/analysis/recommend/contact-model.ts";
import { variantName } from "../../src/analysis/recommend/contact-variants.ts";
import { projectGraph } from "../../src/services/projection.ts";
import { inProcessRecommendations } from "../../src/services/recommendation-calls.ts";
import { useGeneratedHarness, type Harness } from "./http-harness.ts";

describe("introductions with the model chosen on the graph's own history", () => {
  const harness = useGeneratedHarness(240, 11);
  let h: Harness;
  beforeAll(() => { h = harness(); });

  it("serves the chosen variant on the route and in the CLI's thread, with the same answer", async () => {
    const partners = await h.test.driver.executeQuery("MATCH (p:Partner)-[:PARTICIPATES_IN]->(:Project) WITH p, count(*) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id", {}, { database: h.test.database });
    const id = partners.records[0]!.get("id") as string;
    const served = await h.call("analyst", "GET", `/api/v1/partners/${id}/recommendations/partners?limit=8`);
    expect(served.status, served.text).toBe(200);
    const chosen = fitContactModel(await projectGraph(h.db));
    expect(chosen.variant).toBeDefined();
    expect(served.json.model).toEqual({ source: "learned", variant: variantName(chosen.variant!), innerCutoff: chosen.innerCutoff, queries: chosen.queries });
    expect(served.json.items.length).toBeGreaterThan(0);
    const here = await inProcessRecommendations(h.db).contactsForPartner(id, { limit: 8 });
    expect(JSON.parse(JSON.stringify(here))).toEqual(served.json);
    for (const item of served.json.items as { reasons: { nl: string[]; en: string[] } }[]) {
      expect(item.reasons.en).toHaveLength(item.reasons.nl.length);
      // A path named in one language is named in the other.
      expect(item.reasons.nl.some((r) => r.startsWith("Partner van een partner: via "))).toBe(item.reasons.en.some((r) => r.startsWith("A partner of a partner: via ")));
    }
  });
});
