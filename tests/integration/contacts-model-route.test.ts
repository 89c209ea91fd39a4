// Introductions on a generated graph large enough to choose a contacts model on its own history.
// The model is stored in the graph (a ContactModel node per fit) and never makes an answer wait:
// with nothing stored the first answer comes at once from the hand-weighted score and says the
// model is being fitted; the fit runs in the recommender's thread and is stored, and later answers
// name it. A small edit keeps the stored model (no fit); a change of 5 % or more of the dated
// networks or participations fits it again in the background. `diagonal recommend contacts` (the
// same call in the CLI's own thread) answers with the stored model without fitting.
import { beforeAll, describe, expect, it } from "vitest";
import { fitContactModel } from "../../src/analysis/recommend/contact-model.ts";
import { contactHistorySize } from "../../src/analysis/recommend/contact-refit.ts";
import { variantName } from "../../src/analysis/recommend/contact-variants.ts";
import { CONTACT_MODEL_BEING_FITTED } from "../../src/schemas/recommendation.ts";
import { contactModelFits } from "../../src/services/contact-model-service.ts";
import { importFiles } from "../../src/services/import-service.ts";
import { projectGraph } from "../../src/services/projection.ts";
import { inProcessRecommendations } from "../../src/services/recommendation-calls.ts";
import { useGeneratedHarness, type Harness } from "./http-harness.ts";

type Stored = { fittedAt: string; variant: string | null; innerCutoff: string | null; queries: number; datedNetworks: number; participations: number };

describe("introductions with the stored model chosen on the graph's own history", () => {
  const harness = useGeneratedHarness(240, 11);
  let h: Harness;
  let id: string;
  beforeAll(async () => {
    h = harness();
    const partners = await h.test.driver.executeQuery("MATCH (p:Partner)-[:PARTICIPATES_IN]->(:Project) WITH p, count(*) AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id", {}, { database: h.test.database });
    id = partners.records[0]!.get("id") as string;
  });

  /** The stored fits, newest first. */
  const stored = async (): Promise<Stored[]> =>
    (await h.test.driver.executeQuery("MATCH (m:ContactModel) RETURN m {.*} AS m ORDER BY m.fittedAt DESC", {}, { database: h.test.database })).records.map((r) => r.get("m") as Stored);
  /** Waits for the background fit to store its node (the fit is not timed: it is waited for). */
  const storedCount = async (n: number) => {
    for (let i = 0; i < 1200 && (await stored()).length < n; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toHaveLength(n);
  };
  const ask = async () => {
    const res = await h.call("analyst", "GET", `/api/v1/partners/${id}/recommendations/partners?limit=8`);
    expect(res.status, res.text).toBe(200);
    return res.json as { items: unknown[]; model: Record<string, unknown> };
  };
  const fits = () => h.app.services.recommendations.contactFits();
  const num = (x: unknown) => (typeof x === "object" && x !== null && "toNumber" in x ? (x as { toNumber(): number }).toNumber() : Number(x));

  it("answers at once with the hand score while nothing is stored, stores the fit, then names the learned model", async () => {
    expect(await stored()).toEqual([]);
    const first = await ask();
    expect(first.model).toEqual({ source: "hand", variant: "hand", reason: CONTACT_MODEL_BEING_FITTED });
    expect(first.items.length).toBeGreaterThan(0);
    // Asked again while the fit runs: answered at once, and no second fit is started.
    await Promise.all([ask(), ask()]);
    await storedCount(1);
    const graph = await projectGraph(h.db);
    const chosen = fitContactModel(graph);
    expect(chosen.variant).toBeDefined();
    const [node] = await stored();
    const size = contactHistorySize(graph);
    expect({ ...node!, queries: num(node!.queries), datedNetworks: num(node!.datedNetworks), participations: num(node!.participations) }).toMatchObject({
      variant: variantName(chosen.variant!), innerCutoff: chosen.innerCutoff, queries: chosen.queries, ...size,
    });
    const later = await ask();
    expect(later.model).toEqual({ source: "learned", variant: variantName(chosen.variant!), innerCutoff: chosen.innerCutoff, queries: chosen.queries, fittedAt: node!.fittedAt });
    expect(await fits()).toEqual({ fits: 1, fitting: false });
    // The CLI's call: the stored model, no fit in this thread, the same answer.
    const here = await inProcessRecommendations(h.db).contactsForPartner(id, { limit: 8 }, "stored");
    expect(JSON.parse(JSON.stringify(here))).toEqual(later);
    expect(contactModelFits(h.db).fits).toBe(0);
    for (const item of later.items as { reasons: { nl: string[]; en: string[] } }[]) {
      expect(item.reasons.en).toHaveLength(item.reasons.nl.length);
      // A path named in one language is named in the other.
      expect(item.reasons.nl.some((r) => r.startsWith("Partner van een partner: via "))).toBe(item.reasons.en.some((r) => r.startsWith("A partner of a partner: via ")));
    }
  });

  it("keeps the stored model after a small edit: no fit, the answer names it", async () => {
    const [before] = await stored();
    const renamed = await h.call("coordinator", "PATCH", `/api/v1/partners/${id}`, { name: "Renamed for the contacts test" });
    expect(renamed.status, renamed.text).toBe(200);
    const answer = await ask();
    expect(answer.model).toMatchObject({ source: "learned", fittedAt: before!.fittedAt });
    expect(await fits()).toEqual({ fits: 1, fitting: false });
    expect(await stored()).toHaveLength(1);
  });

  it("fits again in the background when the dated networks change by 5 % or more, answering with the stored model meanwhile", async () => {
    const [before] = await stored();
    const partners = (await h.test.driver.executeQuery("MATCH (p:Partner) RETURN p.id AS id ORDER BY p.id LIMIT 40", {}, { database: h.test.database })).records.map((r) => r.get("id") as string);
    const added = 15; // of 240 dated networks: 6 %
    const projects = ["id,name,start,status", ...Array.from({ length: added }, (_, i) => `contacts-new-${i},Nieuw netwerk ${i},2031-0${1 + (i % 9)}-01,planned`)].join("\n");
    const participations = ["partner,project,role", ...Array.from({ length: added }, (_, i) => [`${partners[i]},contacts-new-${i},promoter`, `${partners[i + 20]},contacts-new-${i},partner`]).flat()].join("\n");
    await importFiles(h.db, [{ name: "projects.csv", data: Buffer.from(projects) }, { name: "participations.csv", data: Buffer.from(participations) }]);
    const meanwhile = await ask();
    expect(meanwhile.model).toMatchObject({ fittedAt: before!.fittedAt });
    await storedCount(2);
    const [now] = await stored();
    expect(num(now!.datedNetworks)).toBe(num(before!.datedNetworks) + added);
    const after = await ask();
    expect(after.model.fittedAt).toBe(now!.fittedAt);
    expect((await fits()).fits).toBe(2);
  });
});
