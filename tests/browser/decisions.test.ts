// The whole decision loop in a real headless Chromium against the real service and Neo4j: the inbox
// shows each network's status and period with a total, accepting there (a double click decides
// once), then in the Decisions tab the pair's history opens, undo (confirmed with what happens to
// the collaboration) removes the collaboration, deciding again makes it, and the history reads
// every step. Two tabs that saw the same version: the second one's step is refused (409) and
// changes nothing. Screenshots in Dutch and English at 1280 px, and at 600 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { ensureWebBuild, launchChromium, SCREENSHOTS, seedAnalysedNetwork } from "./browser-support.ts";

let h: Harness;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function signIn(p: Page, lang: "nl" | "en", hash = ""): Promise<void> {
  await p.goto(`${h.url}/workspace?lang=${lang}${hash}`);
  await p.fill("#token", h.tokens.coordinator);
  await p.click("form.signin button[type=submit]");
}

const collaborations = async (a: string, b: string) =>
  (await h.test.rows<{ source: string }>("MATCH (:Project {id: $a})-[c:COLLABORATES_WITH]-(:Project {id: $b}) RETURN c.source AS source", { a, b })).map((r) => r.source);
const events = async (pairKey: string) => (await h.test.rows<{ n: number }>("MATCH (:Decision {pairKey: $pairKey})-[:HAS_EVENT]->(e) RETURN count(e) AS n", { pairKey }))[0]!.n;

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await seedAnalysedNetwork(h);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe("the decision loop in the workspace", () => {
  let pair: { id: string; a: string; b: string; pairKey: string };

  it("the inbox shows each network's status and period, a total and filters; a double click accepts once", async () => {
    await signIn(page, "en");
    await page.locator("article.suggestion").first().waitFor();
    const api = (await h.call("analyst", "GET", "/api/v1/suggestions?limit=20")).json as { total: number; items: { id: string; a: string; b: string; aName: string; bName: string }[] };
    expect(await page.locator(".inbox-count").textContent()).toBe(`${api.total} suggestions`);
    const first = api.items[0]!;
    pair = { id: first.id, a: first.a, b: first.b, pairKey: first.a < first.b ? `${first.a}|${first.b}` : `${first.b}|${first.a}` };
    const card = page.locator(`article[data-suggestion="${first.id}"]`);
    expect(await card.locator("h3").textContent()).toContain(`${first.aName} ↔ ${first.bName}`);
    expect(await card.locator(".network-facts").textContent()).toMatch(/(active|planned|completed|stopped), \d{4}/);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-inbox.png` });
    await page.setViewportSize({ width: 600, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}workspace-inbox-600.png` });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The status filter reaches the API: planned networks only.
    await page.selectOption("#inbox-status", "planned");
    await page.locator(".inbox-count").filter({ hasNotText: `${api.total} suggestions` }).waitFor();
    const planned = (await h.call("analyst", "GET", "/api/v1/suggestions?limit=20&status=planned")).json as { total: number };
    expect(await page.locator(".inbox-count").textContent()).toBe(`${planned.total} suggestion${planned.total === 1 ? "" : "s"}`);
    await page.selectOption("#inbox-status", "");
    await card.waitFor();

    await card.locator(".decision-note").fill("kick-off in maart");
    await card.locator("button.accept").dblclick();
    await page.locator(".ws-status", { hasText: "Accepted" }).waitFor();
    await card.waitFor({ state: "detached" });
    expect(await events(pair.pairKey)).toBe(1);
    expect(await collaborations(pair.a, pair.b)).toEqual(["suggestion"]);
  });

  it("opens the pair's history in the Decisions tab, undoes, decides again and reads every step", async () => {
    // Two more decisions, so the list reads as it will in use.
    const others = ((await h.call("analyst", "GET", "/api/v1/suggestions?limit=3")).json.items as { id: string }[]).filter((s) => s.id !== pair.id);
    await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(others[0]!.id)}/decision`, { decision: "reject", note: "te weinig overlap in doelgroep" });
    await h.call("coordinator", "POST", `/api/v1/suggestions/${encodeURIComponent(others[1]!.id)}/decision`, { decision: "accept", note: "samen een werkbezoek plannen" });
    await page.click("nav button[data-panel=history]");
    const row = page.locator(`table.decisions tr[data-pair="${pair.pairKey}"]`);
    await row.waitFor();
    const cells = await row.locator("td").allTextContents();
    expect(cells[1]).toBe("Accepted");
    expect(cells[2]).toBe("test coordinator");
    expect(cells[3]).toMatch(/\d{4}/);
    expect(cells[4]).toBe("kick-off in maart");

    await row.locator("button.open-history").click();
    await page.locator(".decision-detail table.decision-events tbody tr").first().waitFor();
    await page.click(".decision-detail button.undo");
    expect(await page.locator(".decision-detail .confirm p").textContent()).toContain("The collaboration made by accepting will be removed.");
    await page.click(".decision-detail .confirm-yes");
    await page.locator(".ws-status", { hasText: "Undone" }).waitFor();
    expect(await collaborations(pair.a, pair.b)).toEqual([]);
    await page.locator(".decision-detail .state-open").first().waitFor();

    await page.click(".decision-detail button.accept-again");
    expect(await page.locator(".decision-detail .confirm p").textContent()).toContain("linked as collaborating");
    await page.click(".decision-detail .confirm-yes");
    await page.locator(".ws-status", { hasText: "Accepted" }).waitFor();
    expect(await collaborations(pair.a, pair.b)).toEqual(["suggestion"]);

    await page.locator(".decision-detail table.decision-events tbody tr").nth(2).waitFor();
    const steps = await page.locator(".decision-detail table.decision-events tbody tr").evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td")).slice(0, 4).map((td) => td.textContent)));
    expect(steps).toEqual([
      ["1", "decision", "Accepted", ""],
      ["2", "undone", "Open again", "Accepted"],
      ["3", "decision", "Accepted", "Open again"],
    ]);
    expect(await page.locator(".decision-detail tr.undone").count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-decisions-en.png`, fullPage: true });
    await page.screenshot({ path: `${SCREENSHOTS}workspace-history.png`, fullPage: true });

    // The same in Dutch, with dates in Belgian time.
    await page.selectOption("#ws-lang", "nl");
    await page.locator(`table.decisions tr[data-pair="${pair.pairKey}"] button.open-history`).click();
    await page.locator(".decision-detail h3", { hasText: "Geschiedenis van" }).waitFor();
    expect(await page.locator(".decision-detail table.decision-events tbody tr").nth(1).locator("td").nth(1).textContent()).toBe("ongedaan gemaakt");
    await page.screenshot({ path: `${SCREENSHOTS}workspace-decisions-nl.png`, fullPage: true });
    await page.setViewportSize({ width: 600, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}workspace-decisions-600.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("two tabs that saw the same version: the second tab's step is refused and changes nothing", async () => {
    const tabs = [page, await context.newPage()];
    await tabs[0]!.goto(`${h.url}/workspace?lang=en#history`);
    // A new tab signs in on its own (the token is kept per tab).
    await signIn(tabs[1]!, "en", "#history");
    for (const tab of tabs) {
      await tab.locator(`table.decisions tr[data-pair="${pair.pairKey}"] button.open-history`).click();
      await tab.locator(".decision-detail button.reject-again").waitFor();
    }
    await tabs[0]!.click(".decision-detail button.undo");
    await tabs[0]!.click(".decision-detail .confirm-yes");
    await tabs[0]!.locator(".ws-status", { hasText: "Undone" }).waitFor();
    const before = await events(pair.pairKey);
    const state = (await h.call("analyst", "GET", `/api/v1/decisions/${encodeURIComponent(pair.pairKey)}`)).json as { decision: string; version: number };

    await tabs[1]!.click(".decision-detail button.reject-again");
    await tabs[1]!.click(".decision-detail .confirm-yes");
    await tabs[1]!.locator(".ws-status.error").waitFor();
    expect(await tabs[1]!.locator(".ws-status").textContent()).toMatch(/Someone else decided this pair meanwhile.*it is now open \(version \d+/);
    expect(await events(pair.pairKey)).toBe(before);
    expect((await h.call("analyst", "GET", `/api/v1/decisions/${encodeURIComponent(pair.pairKey)}`)).json).toMatchObject({ decision: state.decision, version: state.version });
    // The refused tab now shows the pair as it is.
    await tabs[1]!.locator(".decision-detail .state-open").first().waitFor();
    await tabs[1]!.close();
  });

  it("the opportunities tab titles its cards with names, not ids", async () => {
    await page.click("nav button[data-panel=opportunities]");
    await page.locator("article.card h3").first().waitFor();
    const api = (await h.call("analyst", "GET", "/api/v1/opportunities?kind=broker&limit=50")).json.items as { subjects: { id: string; nameEn?: string }[] }[];
    const first = api[0]!.subjects[0]!;
    expect(first.nameEn).toBeTruthy();
    const title = await page.locator("article.card h3").first().textContent();
    expect(title).toContain(first.nameEn);
    expect(title).not.toContain(first.id);
  });
});
