// "Who fits in?" in a real headless Chromium against the real service and Neo4j: an analyst
// describes a new network (text, two themes, a lead found by typing part of its name), gets partners
// to invite and networks to work with or learn from — each with reasons in the chosen language,
// the lead never proposed again — then asks the same for a network in the graph; a form with
// nothing in it is refused on the status line without a request. At a desktop and a phone's width,
// in Dutch and in English; axe-core finds no serious or critical violation.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { axeViolations, ensureWebBuild, launchChromium, SCREENSHOTS, seedAnalysedNetwork } from "./browser-support.ts";

let h: Harness;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await seedAnalysedNetwork(h);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function openPanel(lang: "nl" | "en", width: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(`${h.url}/workspace?lang=${lang}#recommend`);
  await page.fill("#token", h.tokens.analyst);
  await page.click("form.signin button[type=submit]");
  await page.locator("form.rec-form").waitFor();
  return page;
}

const rowsOf = (page: Page, list: "partners" | "networks") => page.locator(`.rec-${list} table.ws-table tbody tr`);

describe("who fits in?", () => {
  it("describes a new network and answers partners and networks with reasons, in Dutch", async () => {
    const [theme1, theme2] = await h.test.rows<{ id: string }>("MATCH (t:Theme) RETURN t.id AS id ORDER BY t.id LIMIT 2");
    const [lead] = await h.test.rows<{ id: string; name: string }>("MATCH (p:Partner)-[:PARTICIPATES_IN]->() RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1");
    const page = await openPanel("nl", 1100);
    const requests: string[] = [];
    page.on("request", (r) => { if (r.url().includes("/recommendations/")) requests.push(`${r.method()} ${new URL(r.url()).pathname}`); });

    // Nothing given: said on the status line, no request made.
    await page.click("button.rec-ask");
    await page.locator(".ws-status.error", { hasText: "Geef een beschrijving" }).waitFor();
    expect(requests).toEqual([]);

    await page.fill("#rec-name", "Talent in de zorg");
    await page.fill("#rec-description", "Zorgorganisaties en kmo's bouwen samen aan talentontwikkeling en een lerende organisatie.");
    await page.check(`input[name=rec-theme][value="${theme1!.id}"]`);
    await page.check(`input[name=rec-theme][value="${theme2!.id}"]`);
    // A lead typed but not chosen from the list is refused before any request.
    await page.fill("#rec-lead", "Niemand bv");
    await page.click("button.rec-ask");
    await page.locator(".ws-status.error", { hasText: "Kies de trekker uit de lijst" }).waitFor();
    expect(requests).toEqual([]);
    // The lead is found by part of its name and sent by id.
    await page.fill("#rec-lead", lead!.name.slice(0, 5));
    await page.locator(`#rec-lead-options option[value="${lead!.name} (${lead!.id})"]`).waitFor({ state: "attached" });
    await page.fill("#rec-lead", `${lead!.name} (${lead!.id})`);
    const sent = page.waitForRequest((r) => r.url().endsWith("/api/v1/recommendations/partners") && r.method() === "POST");
    await page.click("button.rec-ask");
    const body = (await sent).postDataJSON() as { lead?: string; themes: string[]; description: string };
    expect(body.lead).toBe(lead!.id);
    expect(body.themes.sort()).toEqual([theme1!.id, theme2!.id].sort());
    await rowsOf(page, "partners").first().waitFor();
    await rowsOf(page, "networks").first().waitFor();

    // What the API answers for the same body, in the page in the same order, with the Dutch reasons.
    const api = await h.call("analyst", "POST", "/api/v1/recommendations/partners", body);
    expect(api.status).toBe(200);
    const names = await rowsOf(page, "partners").locator("td:first-child").allTextContents();
    expect(names).toEqual(api.json.items.map((p: { name: string }) => p.name));
    expect(names).not.toContain(lead!.name);
    const firstReasons = await rowsOf(page, "partners").first().locator("ul.reasons li").allTextContents();
    expect(firstReasons).toEqual(api.json.items[0].reasons.nl);
    expect(await page.locator(".rec-networks").textContent()).toMatch(/loopt|afgelopen: om van te leren/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-recommend-nl.png`, fullPage: true });
    await page.context().close();
  });

  it("answers for a network in the graph, in English, at a phone's width", async () => {
    const [project] = await h.test.rows<{ id: string }>("MATCH (p:Project) WHERE p.status <> 'planned' RETURN p.id AS id ORDER BY p.id LIMIT 1");
    const page = await openPanel("en", 360);
    await page.selectOption("#rec-mode", "stored");
    expect(await page.locator("#rec-description").isVisible()).toBe(false);
    await page.selectOption("#rec-network", project!.id);
    await page.selectOption("#rec-filter", "running");
    await page.click("button.rec-ask");
    await rowsOf(page, "partners").first().waitFor();
    const api = await h.call("analyst", "GET", `/api/v1/projects/${project!.id}/recommendations/partners?limit=10&networks=running`);
    expect(await rowsOf(page, "partners").locator("td:first-child").allTextContents()).toEqual(api.json.items.map((p: { name: string }) => p.name));
    expect(await rowsOf(page, "partners").first().locator("ul.reasons li").allTextContents()).toEqual(api.json.items[0].reasons.en);
    // Running only: no past network is offered.
    expect(await page.locator(".rec-networks").textContent()).not.toContain("past: to learn from");
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-recommend-en-phone.png`, fullPage: true });
    await page.context().close();
  });
});
