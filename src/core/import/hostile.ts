/**
 * Limits that keep a hostile file from costing unbounded time or memory, checked before a reader
 * runs: a zip whose entries declare (or, once inflated, turn out to have) more than a workbook ever
 * holds is refused; XML that declares entities or an external DTD is refused (no reader here
 * resolves them, and none ever should). Sheets too large are cut by sheet-limits.ts.
 */
import type { ZipEntry } from "./containers";

/** No 绩效目标表 file comes near these. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5_000;
/** Ratio past which an entry is taken for a bomb when it is also large (sheet XML deflates ~20×). */
const MAX_RATIO = 200;
const LARGE_ENTRY = 16 * 1024 * 1024;

const BOMB = "压缩包解压后过大（疑似“压缩炸弹”），未读取";

/** Why a zip's declared sizes refuse it, or null. */
export function checkZip(entries: readonly ZipEntry[], fileBytes: number): string | null {
  if (entries.length === 0) return "压缩包的目录已损坏，无法读取";
  if (entries.length > MAX_ZIP_ENTRIES) return `压缩包中有 ${entries.length} 个文件，过多，未读取`;
  let total = 0;
  let compressed = 0;
  for (const e of entries) {
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) return BOMB;
    total += e.uncompressedSize;
    compressed += e.compressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > LARGE_ENTRY && ratio > MAX_RATIO) return BOMB;
  }
  if (total > MAX_UNZIPPED_BYTES) return BOMB;
  if (compressed > fileBytes) return "压缩包的目录与内容不符（已损坏），无法读取";
  return null;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

/** Inflates one entry as far as `limit` bytes; the count, or limit + 1 when it runs past. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let count = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return count;
      count += value.length;
      if (count > limit) {
        await reader.cancel();
        return limit + 1;
      }
    }
  } catch {
    return count; // damaged data: the reader after this one says so
  }
}

/**
 * Why a zip's real sizes refuse it, or null: each deflated entry is inflated (and thrown away) up
 * to what it declared, so a directory that lies about sizes cannot make a reader allocate more.
 * Where the platform has no DecompressionStream the declared sizes stand alone.
 */
export async function checkZipInflated(
  bytes: Uint8Array,
  entries: readonly ZipEntry[]
): Promise<string | null> {
  if (typeof DecompressionStream === "undefined" || typeof Blob === "undefined") return null;
  let total = 0;
  for (const e of entries) {
    if (e.method !== 8 || e.offset + 30 > bytes.length) continue;
    const start = e.offset + 30 + u16(bytes, e.offset + 26) + u16(bytes, e.offset + 28);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
    const limit = Math.min(e.uncompressedSize + 1024, MAX_UNZIPPED_BYTES - total);
    const size = await inflatedSize(data, limit);
    if (size > limit) return BOMB;
    total += size;
  }
  return null;
}

/** Why an XML document is refused (it declares entities or names an external DTD), or null. */
export function refusedXml(head: string): string | null {
  const doctype = /<!DOCTYPE[^>[]*(\[[^]*?\])?/i.exec(head);
  if (!doctype) return null;
  if (/<!ENTITY/i.test(doctype[0]) || /\b(SYSTEM|PUBLIC)\b/i.test(doctype[0]))
    return "XML 文件声明了实体或外部 DTD（可能用于读取本机文件），出于安全考虑未读取";
  return null;
}

/**
 * Excel 2003 XML with each worksheet's rows past `maxRows` removed before SheetJS parses it (its
 * XML reader reads every row whatever `sheetRows` says: a million rows took a minute and a
 * gigabyte). Returns the names of the worksheets cut. A linear scan of the text.
 */
export function trimSpreadsheetMl(xml: string, maxRows: number): { xml: string; cut: string[] } {
  const cut: string[] = [];
  const parts: string[] = [];
  let at = 0;
  const sheet = /<(?:\w+:)?Worksheet\b[^>]*>/g;
  for (let m = sheet.exec(xml); m; m = sheet.exec(xml)) {
    const end = xml.indexOf("Worksheet>", m.index + m[0].length);
    const stop = end < 0 ? xml.length : end;
    const row = /<(?:\w+:)?Row\b/g;
    row.lastIndex = m.index;
    let count = 0;
    let from = -1;
    for (let r = row.exec(xml); r && r.index < stop; r = row.exec(xml))
      if (++count === maxRows + 1) {
        from = r.index;
        break;
      }
    if (from < 0) continue;
    const tableEnd = xml.lastIndexOf("</", xml.lastIndexOf("Table>", stop));
    if (tableEnd <= from) continue;
    parts.push(xml.slice(at, from));
    at = tableEnd;
    cut.push(/\bss:Name\s*=\s*"([^"]*)"/.exec(m[0])?.[1] ?? "");
    sheet.lastIndex = stop;
  }
  parts.push(xml.slice(at));
  return { xml: cut.length > 0 ? parts.join("") : xml, cut };
}
