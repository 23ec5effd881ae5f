/**
 * What a file is, decided by its bytes and never by its name: bureaus and budget systems hand out
 * `.xls` files that are zips, XML or HTML, and text in GBK. The signatures are data (first bytes,
 * then the container's own table of contents, then the first element of an XML document); text is
 * told by its byte-order mark, its NUL pattern (UTF-16) or by whether strict UTF-8 fails (GB18030).
 * The extension is only a hint, for messages and for text formats (.csv, .json).
 */
import { compoundStreamNames, storedEntry, ZipEntry, zipEntries } from "./containers";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type Sniffed =
  | { kind: "empty" }
  | { kind: "pdf" }
  /** OLE2 compound files: BIFF workbooks (Excel .xls, WPS .et), binary Word, password-protected OOXML. */
  | { kind: "xls" | "doc" | "encrypted" | "ole-other"; streams: string[] }
  | { kind: "xlsx" | "xlsb" | "docx" | "ods" | "zip-other"; entries: ZipEntry[] }
  /** Markup, with the encoding its text was decoded by. */
  | { kind: "spreadsheetml" | "fods" | "wordml" | "html" | "xml-other"; encoding: TextEncoding }
  | { kind: "text"; encoding: TextEncoding }
  | { kind: "binary" };

/** Signatures checked on the first bytes, in order. */
const SIGNATURES: { kind: "pdf" | "ole2" | "zip"; bytes: number[]; within?: number }[] = [
  // PDF readers accept the header anywhere in the first kilobyte (some producers put junk first).
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], within: 1024 },
  { kind: "ole2", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] },
];

/** Which streams make an OLE2 file which kind, the first match winning. */
const COMPOUND_KINDS: { kind: "xls" | "doc" | "encrypted"; streams: string[] }[] = [
  { kind: "encrypted", streams: ["EncryptedPackage", "EncryptionInfo"] },
  { kind: "xls", streams: ["Workbook", "Book"] },
  { kind: "doc", streams: ["WordDocument"] },
];

/** Which entries make a zip which kind, the first match winning. */
const ZIP_KINDS: { kind: "xlsx" | "xlsb" | "docx"; entry: RegExp }[] = [
  { kind: "xlsx", entry: /^xl\/workbook\.xml$/i },
  { kind: "xlsb", entry: /^xl\/workbook\.bin$/i },
  { kind: "docx", entry: /^word\/document\.xml$/i },
];

/** The root element of an XML document, by its local name and namespace. */
const XML_KINDS: { kind: "spreadsheetml" | "fods" | "wordml" | "html"; root: RegExp }[] = [
  { kind: "spreadsheetml", root: /^(\w+:)?Workbook$/ },
  { kind: "fods", root: /^office:document$/ },
  { kind: "wordml", root: /^(\w+:)?wordDocument$/ },
  { kind: "html", root: /^(html|table|body|head|meta|div)$/i },
];

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

function findSignature(bytes: Uint8Array, signature: number[], within: number): boolean {
  const last = Math.min(within, bytes.length - signature.length);
  for (let at = 0; at <= last; at++) if (startsWith(bytes, signature, at)) return true;
  return false;
}

function sniffCompound(bytes: Uint8Array): Sniffed {
  const streams = compoundStreamNames(bytes);
  const has = new Set(streams.map((s) => s.toLowerCase()));
  for (const { kind, streams: names } of COMPOUND_KINDS)
    if (names.some((n) => has.has(n.toLowerCase()))) return { kind, streams };
  return { kind: "ole-other", streams };
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function sniffZip(bytes: Uint8Array): Sniffed {
  const entries = zipEntries(bytes) ?? [];
  for (const { kind, entry } of ZIP_KINDS)
    if (entries.some((e) => entry.test(e.name))) return { kind, entries };
  const mimetype = entries.find((e) => e.name === "mimetype");
  const mime = mimetype && storedEntry(bytes, mimetype);
  if (mime && new TextDecoder().decode(mime).trim() === ODS_MIME) return { kind: "ods", entries };
  return { kind: "zip-other", entries };
}

/** How many bytes the text checks look at. */
const PROBE = 8192;

function utf16ByNuls(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, PROBE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-range text in UTF-16 has a NUL in one byte of most pairs, hardly any in the other.
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

const decodes = (encoding: string, bytes: Uint8Array): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes that text never holds: NUL and the C0 controls other than tab, line ends, form feed, ESC. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, PROBE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) controls++;
  }
  return controls > n * 0.01;
}

/** The charset an HTML or XML document names for itself in its first bytes, when it names one. */
function declaredCharset(bytes: Uint8Array): TextEncoding | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const named = /(?:charset|encoding)\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!named) return null;
  if (/^(gbk|gb2312|gb18030|x-gbk|cp936|euc-cn)$/.test(named)) return "gb18030";
  if (/^utf-?8$/.test(named)) return "utf-8";
  return null;
}

/** The encoding of text bytes, or null when they are not text. */
export function textEncoding(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes)) return null;
  // A probe cut mid-character must not fail strict UTF-8: the whole file is checked, once.
  if (decodes("utf-8", bytes)) return "utf-8";
  const declared = declaredCharset(bytes);
  if (declared === "utf-8") return "utf-8";
  if (decodes("gb18030", bytes)) return "gb18030";
  return null;
}

/** Text bytes as a string in the given encoding (a byte-order mark dropped). */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The local name of the first element, past the prolog, comments and DOCTYPE; null when none. */
function rootElement(text: string): string | null {
  const match =
    /^\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[^]*?\])?\s*>\s*)*<([\w:.-]+)/i.exec(
      text.slice(0, 16384)
    );
  return match ? match[1] : null;
}

/** What the bytes are. `text` in the result is there for markup and text, decoded once. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "empty" };
  for (const { kind, bytes: signature, within } of SIGNATURES) {
    const found = within ? findSignature(bytes, signature, within) : startsWith(bytes, signature);
    if (!found) continue;
    if (kind === "pdf") return { kind: "pdf" };
    return kind === "ole2" ? sniffCompound(bytes) : sniffZip(bytes);
  }
  const encoding = textEncoding(bytes);
  if (!encoding) return { kind: "binary" };
  const head = decodeText(bytes.subarray(0, 16384), encoding);
  const root = rootElement(head);
  if (root) {
    const markup = XML_KINDS.find((k) => k.root.test(root));
    if (markup) return { kind: markup.kind, encoding };
    if (/^\s*<\?xml/i.test(head)) return { kind: "xml-other", encoding };
  }
  if (/^\s*<!DOCTYPE\s+html/i.test(head)) return { kind: "html", encoding };
  return { kind: "text", encoding };
}
