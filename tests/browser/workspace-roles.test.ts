// The workspace for each role, in a real headless Chromium against the real service and Neo4j:
// every panel of the analyst, coordinator and admin is walked in Dutch and in English; no request
// is answered 401 or 403 (the workspace asks GET /api/v1/me what the role may do), no word of the
// other language shows (a word list; an import with problems and a failed analysis job included),
// and axe-core finds no serious or critical violation. The
// analyst previews and downloads a report (a PDF) and an export (a GEXF that parses).
import { readFile } from "node:fs/promises";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../integration/http-harness.ts";
import { axeViolations, ensureWebBuild, launchChromium, SCREENSHOTS, seedAnalysedNetwork } from "./browser-support.ts";

type SignedRole = "analyst" | "coordinator" | "admin";
type Lang = "nl" | "en";

/**
 * Words of one language that the other language's interface must never show (UI words, not data).
 * Words both languages use are left out: "of" and "download" are Dutch too, "partners" and "token" both.
 */
const FOREIGN: Record<Lang, string[]> = {
  // English words in the Dutch interface.
  nl: [
    "the", "and", "with", "network", "networks", "suggestion", "suggestions", "decision", "decisions", "opportunities",
    "report", "reports", "problem", "problems", "started", "rows", "updated", "community", "communities", "modularity", "sign",
    "loading", "accept", "reject", "preview", "language", "analyst", "coordinator", "workspace", "created", "revoked", "which",
    "whole", "nothing", "written", "signals", "outcomes", "stage", "theme", "themes", "health", "letter", "since",
    "role", "name", "view", "subject", "start", "note", "kind", "when", "show", "because",
    "expected", "got", "row", "column", "failed", "previous", "results",
  ],
  // Dutch words in the English interface.
  en: [
    "het", "de", "een", "van", "en", "niet", "netwerk", "netwerken", "voorstellen", "voorstel", "beslissingen", "beslissing",
    "kansen", "rapport", "rapporten", "gemeenschappen", "werkruimte", "aanmelden", "afmelden", "laden", "thema", "taal", "rol",
    "nieuw", "bijgewerkt", "rijen", "probleem", "problemen", "gestart", "downloaden", "voorbeeld", "analist", "procesbegeleider",
    "beheerder", "resultaten", "notitie", "aanvaarden", "afwijzen", "geen", "alle", "sinds", "formaat", "kaarten", "insluiten",
    "tonen", "omdat", "naar", "voor", "met", "soort", "wanneer", "naam",
    "verwacht", "kreeg", "rij", "kolom", "mislukt", "vorige",
  ],
};

/** Projects with problems: a status that is not one of the values, a date that does not exist, an end before the start. */
const PROBLEM_ROWS = "id,name,status,start,end\nproef-2,Proefnetwerk twee,bezig,2024-01-01,2024-13-45\nproef-3,Proefnetwerk drie,active,2024-01-01,2023-06-01\n";
/** What the problem table says was expected and received, per line. */
const PROBLEM_LINES: Record<Lang, string[]> = {
  nl: [
    'verwacht een datum als JJJJ-MM-DD, JJJJ-MM of JJJJ, maar kreeg "2024-13-45"',
    'verwacht een van: planned, active, completed, stopped, maar kreeg "bezig"',
    'verwacht een einddatum op of na de begindatum, maar kreeg "2023-06-01"',
  ],
  en: [
    'expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got "2024-13-45"',
    'expected one of: planned, active, completed, stopped, got "bezig"',
    'expected an end date on or after the start date, got "2023-06-01"',
  ],
};

/** A job whose analysis process stopped, as GET /api/v1/analysis/jobs/{id} answers (its English error beside the message id). */
const FAILED_JOB = {
  id: "7f1d2c3b-0000-4000-8000-000000000001", state: "failed", startedAt: "2026-12-06T20:00:00.000Z", finishedAt: "2026-12-06T20:00:09.000Z", stage: "communities",
  error: "the analysis process stopped (SIGKILL) before it finished", messageId: "analysis-failed.stopped", params: { stage: "communities" },
  statusUrl: "/api/v1/analysis/jobs/7f1d2c3b-0000-4000-8000-000000000001",
};
const FAILED_LINE: Record<Lang, string> = {
  nl: "Mislukt: Het analyseproces stopte voor het klaar was bij de stap „gemeenschappen zoeken”; de vorige resultaten blijven gelden.",
  en: "Failed: The analysis process stopped before it finished at the step “finding communities”; the previous results still stand.",
};

/** The tabs each role is shown (and no other). */
const TABS: Record<SignedRole, string[]> = {
  analyst: ["inbox", "history", "opportunities", "recommend", "analysis", "embeds", "reports", "exports"],
  coordinator: ["inbox", "history", "opportunities", "recommend", "analysis", "import", "embeds", "reports", "exports", "duplicates"],
  admin: ["inbox", "history", "opportunities", "recommend", "analysis", "import", "embeds", "reports", "exports", "duplicates", "tokens"],
};

let h: Harness;
let browser: Browser;
/** Names that are data (networks, themes, partners): shown as they are stored, in whatever language. */
let dataNames: string[] = [];

beforeAll(async () => {
  ensureWebBuild();
  h = await startHarness();
  await seedAnalysedNetwork(h);
  browser = await launchChromium();
  const list = async (path: string) => (await h.call("admin", "GET", path)).json.items as Record<string, string>[];
  const [projects, themes, partners, tokens] = await Promise.all([
    list("/api/v1/projects?limit=500"), list("/api/v1/themes?limit=500"), list("/api/v1/partners?limit=500"), list("/api/v1/tokens"),
  ]);
  dataNames = [...projects.map((p) => p.name!), ...themes.flatMap((t) => [t.nameNl!, t.nameEn!]), ...partners.map((p) => p.name!), ...tokens.map((t) => t.name!)]
    .filter(Boolean).sort((a, b) => b.length - a.length);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

interface Session { page: Page; refused: string[]; close(): Promise<void> }

/** A fresh browser context signed in with the role's token, recording every 401 and 403 answer. */
async function signIn(role: SignedRole, lang: Lang, width = 1280, token = h.tokens[role], onSignInPage?: (page: Page) => Promise<void>): Promise<Session> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on("response", (r) => { if (r.status() === 401 || r.status() === 403) refused.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  await page.goto(`${h.url}/workspace?lang=${lang}`);
  await page.locator("#token").waitFor();
  await onSignInPage?.(page);
  await page.fill("#token", token);
  await page.click("form.signin button[type=submit]");
  await page.locator("nav.ws-nav button").first().waitFor();
  await waitForPanel(page);
  return { page, refused, close: () => context.close() };
}

/** Waits until the shown panel has replaced its "loading" line. */
async function waitForPanel(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const body = document.querySelector("#panel .panel-body");
    return !!body && !(body.children.length === 1 && body.firstElementChild?.classList.contains("note") && /…$/.test(body.textContent ?? ""));
  }, undefined, { timeout: 60_000 });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.click(`nav button[data-panel=${name}]`);
  await page.locator(`nav button[data-panel=${name}][aria-current=page]`).waitFor();
  await waitForPanel(page);
}

/** Everything the page shows or says to a screen reader: text, option labels, aria-labels, placeholders, titles. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const e of Array.from(document.querySelectorAll("option"))) parts.push(e.textContent ?? "");
    for (const e of Array.from(document.querySelectorAll("[aria-label], [placeholder], [title]"))) {
      parts.push(e.getAttribute("aria-label") ?? "", e.getAttribute("placeholder") ?? "", e.getAttribute("title") ?? "");
    }
    return parts.join("\n");
  });
}

/** The other language's words in a text, once data (names, ids) is set aside. */
function foreignWords(text: string, lang: Lang): string[] {
  let rest = text;
  for (const name of dataNames) rest = rest.split(name).join(" ");
  rest = rest.replace(/[\p{L}\p{N}_.]+(?:[-:][\p{L}\p{N}_.]+)+/gu, " ");
  const words = new Set(rest.toLowerCase().match(/[\p{L}']+/gu) ?? []);
  return FOREIGN[lang].filter((w) => words.has(w));
}

describe("a workspace for each role", () => {
  for (const role of ["analyst", "coordinator", "admin"] as const) {
    for (const lang of ["nl", "en"] as const) {
      it(`${role} (${lang}): every panel in one language, no refused request, no serious accessibility violation`, async () => {
        const hits: string[] = [];
        const s = await signIn(role, lang, 1280, h.tokens[role], async (page) => {
          const found = foreignWords(await shownText(page), lang);
          if (found.length) hits.push(`sign-in: ${found.join(", ")}`);
        });
        try {
          const { page } = s;
          const tabs = await page.locator("nav.ws-nav button").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.panel));
          expect(tabs).toEqual(TABS[role]);
          const title = await page.locator("header h1").textContent();
          expect(title).toBe({
            nl: { analyst: "Diagonal — werkruimte van de analist", coordinator: "Diagonal — werkruimte van de procesbegeleider", admin: "Diagonal — werkruimte van de beheerder" },
            en: { analyst: "Diagonal — analyst's workspace", coordinator: "Diagonal — process coordinator's workspace", admin: "Diagonal — admin's workspace" },
          }[lang][role]);
          const violations: string[] = [];
          const check = async (where: string) => {
            const found = foreignWords(await shownText(page), lang);
            if (found.length) hits.push(`${where}: ${found.join(", ")}`);
            // axe in one language per role: the structure is the same in both.
            if (lang === "nl") for (const v of await axeViolations(page)) violations.push(`${where}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(" | ")}`);
          };
          for (const tab of tabs) {
            await openTab(page, tab!);
            await check(tab!);
            if (tab === "import") {
              // A dry run's report: entity names and counts in the chosen language.
              await page.setInputFiles("#import-files", [{ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from("id,name,status,start\nproef-1,Proefnetwerk,active,2024-01-01\n") }]);
              await page.click("button.dry-run");
              await page.locator(".import-report table").waitFor();
              expect(await page.locator(".import-report table tbody td").first().textContent()).toBe(lang === "nl" ? "Thema's" : "Themes");
              await check("import dry run");
              // An import with problems: each line said in the chosen language (an English line fails the word list).
              await page.setInputFiles("#import-files", [{ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(PROBLEM_ROWS) }]);
              await page.click("button.dry-run");
              await page.locator(".import-report table.problems").waitFor();
              expect(await page.locator(".import-report table.problems tbody td:last-child").allTextContents()).toEqual(PROBLEM_LINES[lang]);
              await check("import with problems");
              if (role === "coordinator") await page.screenshot({ path: `${SCREENSHOTS}workspace-import-problems-${lang}.png`, fullPage: true });
            }
            if (tab === "analysis" && (await page.locator("button.start-analysis").count()) > 0) {
              // A failed analysis job, as the service reports it, said in the chosen language (its English error is not shown in Dutch).
              await page.route("**/api/v1/analysis/runs", (route) => (route.request().method() === "POST"
                ? route.fulfill({ status: 202, contentType: "application/json", body: JSON.stringify(FAILED_JOB) }) : route.fallback()));
              await page.click("button.start-analysis");
              await page.locator(".progress .analysis-failed").waitFor();
              await page.unroute("**/api/v1/analysis/runs");
              expect(await page.locator(".progress .analysis-failed").textContent()).toBe(FAILED_LINE[lang]);
              await check("failed analysis");
            }
          }
          expect(hits, `words of the other language in the ${lang} workspace`).toEqual([]);
          expect(violations, "serious or critical axe-core violations").toEqual([]);
          // Decisions only for a role that may decide.
          await openTab(page, "inbox");
          await page.locator("article.suggestion").first().waitFor();
          expect(await page.locator("article.suggestion button.accept").count() > 0).toBe(role !== "analyst");
          expect(s.refused, "requests answered 401 or 403").toEqual([]);
        } finally {
          await s.close();
        }
      });
    }
  }

  it("the accessibility check sees a violation that is there", async () => {
    const s = await signIn("analyst", "en");
    try {
      await s.page.evaluate(() => document.querySelector("#panel")!.append(document.createElement("button")));
      expect((await axeViolations(s.page)).map((v) => v.id)).toContain("button-name");
    } finally {
      await s.close();
    }
  });

  it("a server message is shown in the chosen language", async () => {
    // A token revoked while its holder works: the next request's problem is said in Dutch.
    const token = (await h.call("admin", "POST", "/api/v1/tokens", { name: "analyst on leave", role: "analyst" })).json as { id: string; token: string };
    const s = await signIn("analyst", "nl", 1280, token.token);
    try {
      await openTab(s.page, "reports");
      expect((await h.call("admin", "DELETE", `/api/v1/tokens/${token.id}`)).status).toBe(200);
      await s.page.click("button.report-preview");
      await s.page.locator(".ws-status.error").waitFor();
      expect(await s.page.locator(".ws-status.error").textContent()).toBe("Dit token is onbekend of ingetrokken.");
    } finally {
      await s.close();
    }
  });
});

describe("the analyst's reports and exports", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`previews and downloads a report as PDF and an export as GEXF (${lang})`, async () => {
      const s = await signIn("analyst", lang);
      try {
        const { page } = s;
        await openTab(page, "reports");
        // The health report's preview, in a sandboxed frame.
        const frame = page.frameLocator("iframe.report-frame");
        await frame.locator("h1").first().waitFor();
        expect(await page.locator("iframe.report-frame").getAttribute("sandbox")).toBe("");
        await page.screenshot({ path: `${SCREENSHOTS}workspace-analyst-reports-${lang}.png` });
        await page.setViewportSize({ width: 600, height: 900 });
        await page.screenshot({ path: `${SCREENSHOTS}workspace-analyst-reports-${lang}-600.png`, fullPage: true });
        await page.setViewportSize({ width: 1280, height: 900 });

        await page.selectOption("#report-format", "pdf");
        const [pdf] = await Promise.all([page.waitForEvent("download"), page.click("button.report-download")]);
        const bytes = await readFile((await pdf.path())!);
        expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

        // A letter to one network, in Markdown.
        await page.selectOption("#report-kind", "letter");
        await page.selectOption("#report-format", "md");
        // The networks to write to are read when the kind changes: wait until one is chosen.
        await expect.poll(() => page.locator("#report-subject").inputValue()).not.toBe("");
        const [md] = await Promise.all([page.waitForEvent("download"), page.click("button.report-download")]);
        expect((await readFile((await md.path())!, "utf8")).length).toBeGreaterThan(100);

        await openTab(page, "exports");
        const [gexf] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=gexf]")]);
        const graph = parseGexf(MultiGraph, await readFile((await gexf.path())!, "utf8"));
        expect(graph.order).toBeGreaterThan(10);
        expect(graph.size).toBeGreaterThan(0);
        const [csv] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export=suggestions]")]);
        expect((await readFile((await csv.path())!, "utf8")).split("\n").length).toBeGreaterThan(2);
        await page.screenshot({ path: `${SCREENSHOTS}workspace-analyst-exports-${lang}.png` });
        expect(s.refused).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});
