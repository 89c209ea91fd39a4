// Prints an HTML report to PDF with headless Chromium through playwright-core (the report's own
// print stylesheet decides the layout). Chromium is the system's (/usr/bin/chromium, or
// DIAGONAL_CHROMIUM); where none is installed the error says so and what to do, and nothing is written.
import { existsSync } from "node:fs";
import { z } from "zod";
import { DomainError } from "../../errors.ts";

const DEFAULT_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Headless Chromium is not available: a 503 for the API, a clear message for the CLI. */
export class ChromiumMissingError extends DomainError {
  constructor(detail: string) {
    super(`PDF needs headless Chromium, which is not available here (${detail}). Install it (Debian: apt-get install chromium) or set DIAGONAL_CHROMIUM to its path; --format html gives the same report, which prints to PDF from any browser.`, "pdf-unavailable");
  }
}

const chromiumEnv = z.string().trim().min(1, "DIAGONAL_CHROMIUM: expected the path of a Chromium executable").optional();

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const given = chromiumEnv.safeParse(env.DIAGONAL_CHROMIUM === "" ? undefined : env.DIAGONAL_CHROMIUM);
  if (!given.success) throw new ChromiumMissingError(given.error.issues[0]!.message);
  if (given.data) {
    if (!existsSync(given.data)) throw new ChromiumMissingError(`DIAGONAL_CHROMIUM is ${given.data}, and no file is there`);
    return given.data;
  }
  const found = DEFAULT_CHROMIUM.find((p) => existsSync(p));
  if (!found) throw new ChromiumMissingError(`none of ${DEFAULT_CHROMIUM.join(", ")} exists`);
  return found;
}

export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = chromiumPath(env);
  const { chromium } = await import("playwright-core");
  let browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
  } catch (err) {
    throw new ChromiumMissingError(`${executablePath} did not start: ${(err as Error).message.split("\n")[0]}`);
  }
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing is fetched, so the page is ready once it is set.
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
