// Writes the example outputs in docs/examples/ from the illustrative fixtures: the four reports
// in HTML and Markdown (the digest also as e-mail HTML), a GEXF export, and PNG screenshots of the
// theme report and of the network picture taken with headless Chromium. It imports fixtures/mvo
// into the database it connects to (DIAGONAL_NEO4J_PORT, or NEO4J_URI) and analyses them (seed 1)
// when that database has no analysis run yet.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { connect } from "../src/db/index.ts";
import { importPath } from "../src/services/import-service.ts";
import { latestRun } from "../src/services/analysis/queries.ts";
import { runAnalysis } from "../src/services/analysis/index.ts";
import { buildReport } from "../src/services/reports/report-service.ts";
import { buildExport } from "../src/services/export-service.ts";
import { chromiumPath } from "../src/services/reports/print-pdf.ts";
import type { ReportRequest } from "../src/schemas/report.ts";

const OUT = new URL("../docs/examples/", import.meta.url).pathname;
const db = await connect();
try {
  await mkdir(OUT, { recursive: true });
  if (!(await latestRun(db))) {
    await importPath(db, new URL("../fixtures/mvo/", import.meta.url).pathname);
    await runAnalysis(db, { seed: 1 });
  }
  const reports: [string, ReportRequest][] = [
    ["health", { kind: "health", lang: "nl" }],
    ["theme-talent-development", { kind: "theme", subject: "talent-development", lang: "nl" }],
    ["letter-ln-talent-kmo", { kind: "letter", subject: "ln-talent-kmo", lang: "nl" }],
    ["letter-ln-talent-kmo.en", { kind: "letter", subject: "ln-talent-kmo", lang: "en" }],
    // Without since: new since the last digest made, or the last 30 days (a preview records nothing).
    ["digest", { kind: "digest", lang: "nl" }],
    ["health.en", { kind: "health", lang: "en" }],
  ];
  for (const [name, req] of reports) {
    for (const format of ["html", "md"] as const) {
      const r = await buildReport(db, { ...req, format });
      await writeFile(join(OUT, `${name}.${format}`), r.body);
    }
  }
  await writeFile(join(OUT, "graph.gexf"), (await buildExport(db, { format: "gexf" })).body);

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.goto(`file://${join(OUT, "theme-talent-development.html")}`);
    await page.screenshot({ path: join(OUT, "theme-talent-development.png"), fullPage: true });
    await page.goto(`file://${join(OUT, "health.html")}`);
    await page.locator('figure[data-figure="network"]').first().screenshot({ path: join(OUT, "network-picture.png") });
    await page.screenshot({ path: join(OUT, "health.png"), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote the examples in ${OUT}`);
} finally {
  await db.close();
}
