// Prints what a "zip bomb" workbook costs the importer: a small .xlsx whose sheet inflates to
// hundreds of megabytes. `after`: the importer's path (size guard, then exceljs only if small
// enough). `--before`: exceljs given the file directly, as the importer did before the guard.
//   node bin/run-ts.mjs bench/xlsx-bomb.bench.ts [--mb 1500] [--before]
import { createDeflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/importer/read-xlsx.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const inflatedMb = Number(arg("mb", "1500"));

/** Deflates `mb` megabytes of one repeated row of XML, streamed (never held whole). */
async function deflated(mb: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => z.on("end", resolve));
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  z.write(head);
  const block = Buffer.alloc(1024 * 1024, " ");
  for (let i = 0; i < mb; i++) if (!z.write(block)) await new Promise((r) => z.once("drain", r));
  z.end(Buffer.from("</sheetData></worksheet>"));
  await done;
  return Buffer.concat(chunks);
}

/** A ZIP archive (stored or deflated parts; CRC left 0, which neither reader checks). */
function zip(parts: { name: string; data: Buffer; size: number; method: 0 | 8 }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18); local.writeUInt32LE(p.size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20); central.writeUInt32LE(p.size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const text = (name: string, s: string) => ({ name, data: Buffer.from(s), size: Buffer.byteLength(s), method: 0 as const });
const sheet = await deflated(inflatedMb);
const bomb = zip([
  text("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
  text("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
  text("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="themes" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  text("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
  // Declared honestly as tiny: the guard must not trust declared sizes.
  { name: "xl/worksheets/sheet1.xml", data: sheet, size: 1000, method: 8 },
]);

const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
let worstStall = 0;
let last = performance.now();
const ticker = setInterval(() => { const now = performance.now(); worstStall = Math.max(worstStall, now - last - 10); last = now; }, 10);
const started = performance.now();
let outcome: string;
if (process.argv.includes("--before")) {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bomb as unknown as ArrayBuffer);
    outcome = `exceljs loaded it (${wb.worksheets.length} sheet)`;
  } catch (err) {
    outcome = `exceljs failed: ${(err as Error).message.slice(0, 80)}`;
  }
} else {
  const r = await readXlsx("bomb.xlsx", bomb);
  outcome = r.problems[0]?.message ?? "read";
}
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sampler);
clearInterval(ticker);
console.log(`zip bomb: ${(bomb.length / 1024 / 1024).toFixed(2)} MB file inflating to ${inflatedMb} MB`);
console.log(`${process.argv.includes("--before") ? "before (exceljs directly)" : "after (size guard)"}: ${seconds.toFixed(2)} s, peak RSS +${Math.round((peak - rssBefore) / 1024 / 1024)} MB, longest event-loop stall ${Math.round(worstStall)} ms`);
console.log(`outcome: ${outcome}`);
