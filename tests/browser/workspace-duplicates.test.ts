// The duplicates tab in a real headless Chromium against the real service and Neo4j: a coordinator
// sees the fixture's likely duplicates with confidence and reason, "Merge…" names both
// organisations and what moves, confirming merges them in the graph, and undo restores it; an
// analyst does not see the tab. Screenshots of the list in Dutch and English at 1280 px.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { importPath } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { ensureWebBuild, launchChromium, SCREENSHOTS } from "./browser-support.ts";

let h: Harness;
let browser: Browser;
let page: Page;

async function signIn(token: string, lang: "nl" | "en", hash = ""): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${h.url}/workspace?lang=${lang}${hash}`);
  // Signed out: the token of an earlier test stays for the browser tab.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.fill("#token", token);
  await page.click("form.signin button[type=submit]");
}

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await importPath(h.db, "fixtures/mvo");
  await h.test.rows("UNWIND $rows AS row CREATE (p:Partner) SET p = row", { rows: JSON.parse(readFileSync("fixtures/duplicates/legacy-partners.json", "utf8")) });
  await importPath(h.db, "fixtures/duplicates/import");
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await h?.test.clear();
  await h?.close();
});

describe("workspace: duplicates", () => {
  it("lists the candidates in Dutch and English", async () => {
    await signIn(h.tokens.coordinator, "nl", "#duplicates");
    await page.locator("table.duplicates").waitFor();
    const nl = await page.locator("table.duplicates").textContent();
    expect(nl).toContain("Hogeschool Leiestadt");
    expect(nl).toContain("bijna dezelfde naam");
    expect(nl).toContain("zelfde websitedomein deschakel.example.org");
    expect(nl).toContain("zelfde ondernemingsnummer BE0476543281");
    await page.screenshot({ path: `${SCREENSHOTS}workspace-duplicates-nl.png`, fullPage: true });

    await page.selectOption("#ws-lang", "en");
    await page.locator("table.duplicates", { hasText: "nearly the same name" }).waitFor();
    expect(await page.locator("nav button[data-panel=duplicates]").textContent()).toBe("Duplicates");
    await page.screenshot({ path: `${SCREENSHOTS}workspace-duplicates-en.png`, fullPage: true });
  });

  it("merges with one confirmation naming both organisations, and undoes it", async () => {
    const row = page.locator("table.duplicates tr", { hasText: "Hogeschool Leiestadt" });
    await row.locator("button.dup-merge").click();
    const box = row.locator(".dup-confirm");
    await box.locator("button.dup-confirm-merge").waitFor();
    const question = await box.textContent();
    expect(question).toContain("Merge “Hogeschool Leiestadt” into “Hogeschool Leiestad”?");
    expect(question).toContain("Lerend netwerk Lerende Organisatie ln-lerende-organisatie");
    await page.screenshot({ path: `${SCREENSHOTS}workspace-duplicates-confirm.png`, fullPage: true });
    // Nothing is merged before the confirmation (the fixtures' own merges on import are aliases too).
    const byCoordinator = () => h.test.rows("MATCH (a:MergedPartner) WHERE a.mergeImport IS NULL RETURN a.id AS id");
    expect(await byCoordinator()).toEqual([]);

    await box.locator("button.dup-confirm-merge").click();
    await page.locator(".ws-status", { hasText: "was merged into" }).waitFor();
    expect(await h.test.rows("MATCH (a:MergedPartner {id: 'hs-leiestadt'}) RETURN a.mergedInto AS into")).toEqual([{ into: "hogeschool-leiestad" }]);
    expect(await h.test.rows("MATCH (:Partner {id: 'hogeschool-leiestad'})-[:PARTICIPATES_IN]->(p:Project {id: 'ln-lerende-organisatie'}) RETURN p.id AS p")).toHaveLength(1);
    await page.locator("table.merges button.dup-undo").waitFor();
    expect(await page.locator("table.duplicates").textContent()).not.toContain("Hogeschool Leiestadt");

    await page.locator("table.merges button.dup-undo").first().click();
    await page.locator(".ws-status", { hasText: "Merge undone" }).waitFor();
    expect(await byCoordinator()).toEqual([]);
    expect(await h.test.rows("MATCH (:Partner {id: 'hs-leiestadt'})-[:PARTICIPATES_IN]->(p:Project) RETURN p.id AS p")).toEqual([{ p: "ln-lerende-organisatie" }]);
    await page.locator("table.duplicates", { hasText: "Hogeschool Leiestadt" }).waitFor();
  });

  it("is not shown to an analyst", async () => {
    await signIn(h.tokens.analyst, "en");
    await page.locator("nav button[data-panel=inbox]").waitFor();
    expect(await page.locator("nav button[data-panel=duplicates]").count()).toBe(0);
  });
});
