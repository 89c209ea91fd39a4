// The workspace's import panel after a dry run whose answer cut a list: the counts per entity, the
// total of possible duplicate organisations, a note that only the first ones are listed (and where
// the whole list is), and the listed pairs with their reasons in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { entityCsv } from "../../src/generator/write-csv.ts";
import { generateDataset } from "../../src/generator/generate.ts";
import { IMPORT_ANSWER_LIST_LIMIT } from "../../src/schemas/responses-import.ts";
import { importDataset } from "../../src/services/import-service.ts";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { ensureWebBuild, launchChromium, SCREENSHOTS } from "./browser-support.ts";

let h: Harness;
let browser: Browser;
let page: Page;
const stored = generateDataset({ projects: 400, seed: 31 }).dataset;
// The stored organisations again under new ids, a letter doubled in their names: possible duplicates, not merges.
const partners = stored.partners.map(({ website: _w, enterpriseNumber: _e, ...p }) => ({ ...p, id: `NEW-${p.id}`, name: p.name.replace(/^(\S*?)(\S)(\s)/, "$1$2$2$3") }));

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await h.test.clear();
  await h.newTokens();
  await importDataset(h.db, stored);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await h?.test.clear();
  await h?.close();
});

describe("the import panel", () => {
  for (const lang of ["en", "nl"] as const) {
    it(`shows the counts, the duplicates' total and the first ones listed (${lang})`, async () => {
      await page.goto(`${h.url}/workspace?lang=${lang}`);
      await page.evaluate(() => sessionStorage.clear());
      await page.goto("about:blank");
      await page.goto(`${h.url}/workspace?lang=${lang}`);
      await page.fill("#token", h.tokens.coordinator);
      await page.click("form.signin button[type=submit]");
      await page.click("nav button[data-panel=import]");
      await page.setInputFiles("#import-files", [{ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(entityCsv("partners", partners)) }]);
      await page.click("button.dry-run");
      await page.locator("table.duplicates").waitFor();
      const text = (await page.locator(".import-report").textContent()) ?? "";
      const total = (await h.call("coordinator", "POST", "/api/v1/import?dryRun=true", form())).json.lists.totals.duplicates as number;
      expect(total).toBeGreaterThan(IMPORT_ANSWER_LIST_LIMIT);
      expect(text).toContain(lang === "en" ? `${total} possible duplicate organisations` : `${total} mogelijk dubbele organisaties`);
      expect(text).toContain(lang === "en" ? `The first ${IMPORT_ANSWER_LIST_LIMIT} of ${total}` : `De eerste ${IMPORT_ANSWER_LIST_LIMIT} van ${total}`);
      expect(await page.locator("table.duplicates tbody tr").count()).toBe(IMPORT_ANSWER_LIST_LIMIT);
      // The counts per entity: every uploaded partner new.
      const rows = await page.locator(".import-report table").first().locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent).slice(1)));
      expect(rows).toContainEqual([String(partners.length), String(partners.length), "0"]);
      expect(await h.test.count("Partner")).toBe(stored.partners.length);
      await page.screenshot({ path: `${SCREENSHOTS}workspace-import-lists-${lang}.png` });
    });
  }
});

function form(): FormData {
  const f = new FormData();
  f.append("files", new Blob([entityCsv("partners", partners)], { type: "text/csv" }), "partners.csv");
  return f;
}
