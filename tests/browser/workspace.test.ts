// The coordinator's workspace in a real headless Chromium against the real service and Neo4j:
// a wrong token is refused, the inbox shows suggestions with reasons and signal bars, accepting
// and rejecting from the page reach the API (and the graph), the history lists both with their
// notes, a dry-run import reports problems row by row and writes nothing, and an admin manages tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { ensureWebBuild, launchChromium, SCREENSHOTS, seedAnalysedNetwork } from "./browser-support.ts";

let h: Harness;
let browser: Browser;
let page: Page;

async function signIn(token: string, hash = ""): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${h.url}/workspace?lang=en${hash}`);
  await page.fill("#token", token);
  await page.click("form.signin button[type=submit]");
}

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await seedAnalysedNetwork(h);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe("workspace", () => {
  it("refuses an unknown token", async () => {
    await signIn("not-a-real-token-123456");
    await expect(page.locator("form.signin [role=alert]")).toBeDefined();
    expect(await page.locator("form.signin [role=alert]").textContent()).toBe("This token is unknown or revoked.");
  });

  it("accepting and rejecting from the inbox show up in the API, the graph and the history", async () => {
    await signIn(h.tokens.coordinator);
    await page.locator("article.suggestion").first().waitFor();
    const cards = page.locator("article.suggestion");
    const first = await cards.nth(0).getAttribute("data-suggestion");
    const second = await cards.nth(1).getAttribute("data-suggestion");
    // Reasons in English and a bar per signal.
    expect(await cards.nth(0).locator("ul li").count()).toBeGreaterThan(0);
    expect(await cards.nth(0).locator(".signals .bar").count()).toBe(5);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-inbox.png` });

    await page.locator(`article[data-suggestion="${first}"] .decision-note`).fill("kick-off in maart");
    await page.locator(`article[data-suggestion="${first}"] button.accept`).click();
    await page.locator(".ws-status", { hasText: "Accepted" }).waitFor();
    await page.locator(`article[data-suggestion="${second}"] .decision-note`).fill("te weinig overlap");
    await page.locator(`article[data-suggestion="${second}"] button.reject`).click();
    await page.locator(".ws-status", { hasText: "Rejected." }).waitFor();

    const decisions = (await h.call("analyst", "GET", "/api/v1/decisions")).json.items as { suggestionId: string; decision: string; note: string }[];
    expect(decisions.find((d) => d.suggestionId === first)).toMatchObject({ decision: "accepted", note: "kick-off in maart" });
    expect(decisions.find((d) => d.suggestionId === second)).toMatchObject({ decision: "rejected", note: "te weinig overlap" });
    const accepted = decisions.find((d) => d.suggestionId === first) as unknown as { a: string; b: string };
    const rows = await h.test.rows<{ n: number }>("MATCH (a:Project {id: $a})-[r:COLLABORATES_WITH]-(b:Project {id: $b}) RETURN count(r) AS n", { a: accepted.a, b: accepted.b });
    expect(rows[0]!.n).toBe(1);
    // Decided suggestions leave the inbox.
    expect(await page.locator(`article[data-suggestion="${first}"]`).count()).toBe(0);
    expect(await page.locator(`article[data-suggestion="${second}"]`).count()).toBe(0);

    await page.click("nav button[data-panel=history]");
    await page.locator("table.decisions").waitFor();
    const text = await page.locator("table.decisions").textContent();
    expect(text).toContain("kick-off in maart");
    expect(text).toContain("te weinig overlap");
    await page.screenshot({ path: `${SCREENSHOTS}workspace-history.png` });
  });

  it("a dry-run import reports problems row by row and writes nothing", async () => {
    const before = await h.test.count("Project");
    await page.click("nav button[data-panel=import]");
    await page.setInputFiles("#import-files", [{ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from("id,name,status,start\nnew-net,New network,active,2024-01-01\nbad net,,unknown,2024-13-40\n") }]);
    await page.click("button.dry-run");
    await page.locator("table.problems").waitFor();
    const cells = await page.locator("table.problems tbody tr").first().locator("td").allTextContents();
    expect(cells[0]).toBe("projects.csv");
    expect(cells[2]).toBe("3");
    expect(await page.locator("button.do-import").isDisabled()).toBe(true);
    expect(await h.test.count("Project")).toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-import.png` });
  });

  it("an admin creates a token in the page, and the analysis panel shows progress and changes", async () => {
    await page.evaluate(() => sessionStorage.clear());
    await signIn(h.tokens.admin, "#tokens");
    await page.locator("#token-name").waitFor();
    await page.fill("#token-name", "kenniscentrum-redactie");
    await page.selectOption("#token-role", "analyst");
    await page.click("text=Create token");
    await page.locator("code.secret").waitFor();
    const list = (await h.call("admin", "GET", "/api/v1/tokens")).json.items as { name: string; role: string }[];
    expect(list).toContainEqual(expect.objectContaining({ name: "kenniscentrum-redactie", role: "analyst" }));

    await page.click("nav button[data-panel=analysis]");
    await page.click("button.start-analysis");
    await page.locator(".changes h2").waitFor({ timeout: 60_000 });
    expect(await page.locator(".progress").textContent()).toMatch(/Done: run run-/);
    await page.screenshot({ path: `${SCREENSHOTS}workspace-analysis.png` });
    // The pairs decided in the inbox left the new run: listed by name, each with why it left.
    const dropped = (await page.locator(".changes ul").nth(1).locator("li").allTextContents());
    expect(dropped.length).toBeGreaterThanOrEqual(2);
    expect(dropped.filter((d) => / — (accepted|rejected)$/.test(d)).length).toBeGreaterThanOrEqual(2);
    for (const d of dropped) expect(d).toMatch(/^[^↔]+ ↔ [^—]+ — \S/);
    for (const d of dropped) expect(d).not.toMatch(/\bln-[a-z-]+ ↔|↔ ln-[a-z-]+ —/);

    await page.click("nav button[data-panel=embeds]");
    await page.locator("textarea.iframe-snippet").waitFor();
    expect(await page.locator("textarea.iframe-snippet").inputValue()).toContain(`${h.url}/embed/network?lang=en`);
    expect(await page.locator("textarea.component-snippet").inputValue()).toContain("<diagonal-map view=\"network\"");
  });
});
