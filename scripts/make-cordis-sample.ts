// Writes the committed CORDIS sample (fixtures/cordis-sample/): the participation and programme-part
// rows of the first N projects of the real CORDIS H2020 files in ../shared/data/cordis-h2020, in file
// order and with the same columns, so a clone without ../shared can still run the CORDIS tests.
// Usage: node bin/run-ts.mjs scripts/make-cordis-sample.ts [--projects 600]
import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createGunzip, createGzip } from "node:zlib";
import { createInterface } from "node:readline";
import { z } from "zod";
import { CORDIS_DIR, CORDIS_SAMPLE_DIR } from "../src/sources/cordis.ts";

const { values } = parseArgs({ options: { projects: { type: "string", default: "600" } } });
const projects = z.coerce.number().int().min(10).max(5000).parse(values.projects, { error: () => "--projects: expected a whole number from 10 to 5000" });

async function copyRows(file: string, keep: (rcn: string) => boolean): Promise<number> {
  const out = createGzip({ level: 9 });
  const done = new Promise<void>((resolve, reject) => out.pipe(createWriteStream(join(CORDIS_SAMPLE_DIR, file))).on("finish", () => resolve()).on("error", reject));
  let header = true;
  let rows = 0;
  for await (const line of createInterface({ input: createReadStream(join(CORDIS_DIR, file)).pipe(createGunzip()) })) {
    if (header) { out.write(`${line}\n`); header = false; continue; }
    if (!keep(line.slice(0, line.indexOf(",")))) continue;
    out.write(`${line}\n`);
    rows++;
  }
  out.end();
  await done;
  return rows;
}

mkdirSync(CORDIS_SAMPLE_DIR, { recursive: true });
const chosen = new Set<string>();
const participations = await copyRows("h2020_participations.csv.gz", (rcn) => {
  if (chosen.has(rcn)) return true;
  if (chosen.size >= projects) return false;
  chosen.add(rcn);
  return true;
});
const parts = await copyRows("programme_parts.csv.gz", (rcn) => chosen.has(rcn));
console.log(`${CORDIS_SAMPLE_DIR}: ${chosen.size} projects, ${participations} participations, ${parts} programme parts`);
