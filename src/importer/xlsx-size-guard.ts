// An XLSX file is a ZIP archive. A small upload can inflate to gigabytes (a "zip bomb"), and exceljs
// inflates every part into memory before anything can be checked. This guard reads the archive's
// central directory and inflates each part itself with zlib's maxOutputLength, so the decompressed
// size is bounded before exceljs sees the file: a bomb costs at most the limit, then is refused.
import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";

// zlib's thread pool does the inflating: the event loop keeps answering (/healthz) meanwhile.
const inflate = promisify(inflateRaw) as (data: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

/** Default total decompressed size of a workbook: far above any real programme's data. */
export const DEFAULT_XLSX_INFLATED_LIMIT = 200 * 1024 * 1024;

/** `tooLarge`: refused for its size; otherwise the file is no readable ZIP archive. */
export type XlsxSizeVerdict = { ok: true } | { ok: false; tooLarge: boolean; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export async function checkXlsxInflatedSize(data: Buffer, limit = DEFAULT_XLSX_INFLATED_LIMIT): Promise<XlsxSizeVerdict> {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return { ok: false, tooLarge: false, reason: "the file is not a ZIP archive, as every .xlsx workbook is" };
  const entries = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (at === 0xffffffff || entries === 0xffff) return { ok: false, tooLarge: false, reason: "the archive uses ZIP64, which only files of several gigabytes need" };
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  // The declared sizes first: an honest bomb is refused without inflating a byte.
  let declared = 0;
  const parts: { method: number; compressed: number; local: number; name: string }[] = [];
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return { ok: false, tooLarge: false, reason: "the archive's table of contents is damaged" };
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    declared += size;
    if (declared > limit) return { ok: false, tooLarge: true, reason: `it would unpack to more than ${mb(limit)} (the limit for a workbook)` };
    parts.push({ method, compressed, local, name });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Then the real sizes: declared sizes can lie, so each part is inflated within what is left.
  let inflated = 0;
  for (const p of parts) {
    if (p.local + 30 > data.length || data.readUInt32LE(p.local) !== LOCAL) return { ok: false, tooLarge: false, reason: `the part ${p.name} is damaged` };
    const start = p.local + 30 + data.readUInt16LE(p.local + 26) + data.readUInt16LE(p.local + 28);
    const body = data.subarray(start, start + p.compressed);
    if (p.method === 0) {
      inflated += body.length;
    } else if (p.method === 8) {
      try {
        inflated += (await inflate(body, { maxOutputLength: Math.max(1, limit - inflated + 1) })).length;
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { ok: false, tooLarge: true, reason: `it would unpack to more than ${mb(limit)} (the limit for a workbook)` };
        return { ok: false, tooLarge: false, reason: `the part ${p.name} is damaged` };
      }
    } else {
      return { ok: false, tooLarge: false, reason: `the part ${p.name} is compressed in a way spreadsheet programs do not use` };
    }
    if (inflated > limit) return { ok: false, tooLarge: true, reason: `it would unpack to more than ${mb(limit)} (the limit for a workbook)` };
  }
  return { ok: true };
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (data.readUInt32LE(i) === EOCD) return i;
  return -1;
}
