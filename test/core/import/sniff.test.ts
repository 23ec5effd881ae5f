/**
 * Sniffing by content: each container and text encoding, built here by an independent writer
 * (SheetJS's compound-file writer, JSZip, ExcelJS, iconv), is told by its bytes whatever its name.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import JSZip from "jszip";
import { openDocument } from "../../../src/core/import/open";
import { sniff, Sniffed, textEncoding } from "../../../src/core/import/sniff";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "seed-zhengding-2023.txt");
const seedText = readFileSync(SAMPLE, "utf8");

/** An OLE2 compound file holding the named streams. */
function compound(...streams: string[]): Uint8Array {
  const file = XLSX.CFB.utils.cfb_new();
  for (const s of streams) XLSX.CFB.utils.cfb_add(file, `/${s}`, new Uint8Array(600).fill(7));
  return new Uint8Array(XLSX.CFB.write(file, { type: "array" }) as ArrayBuffer);
}

async function zip(files: Record<string, string>, store: string[] = []): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files))
    z.file(name, text, { compression: store.includes(name) ? "STORE" : "DEFLATE" });
  return z.generateAsync({ type: "uint8array" });
}

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8]));
  }
  return new Uint8Array(out);
}
const gb18030 = (s: string) =>
  new Uint8Array(execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: s }));

const kind = (s: Sniffed) => s.kind;

describe("containers by their table of contents", () => {
  it.each([
    [["Workbook"], "xls"],
    [["Book"], "xls"],
    [["Workbook", "ETExtData"], "xls"],
    [["WordDocument", "1Table"], "doc"],
    [["EncryptionInfo", "EncryptedPackage"], "encrypted"],
    [["PowerPoint Document"], "ole-other"],
  ])("an OLE2 file with %j streams is %s", (streams, expected) => {
    expect(kind(sniff(compound(...streams)))).toBe(expected);
  });

  it("zips: xlsx, docx and ods by their entries, anything else as a plain zip", async () => {
    expect(
      kind(sniff(await zip({ "[Content_Types].xml": "<x/>", "xl/workbook.xml": "<w/>" })))
    ).toBe("xlsx");
    expect(kind(sniff(await zip({ "word/document.xml": "<w/>" })))).toBe("docx");
    const ods = await zip(
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<c/>" },
      ["mimetype"]
    );
    expect(kind(sniff(ods))).toBe("ods");
    const odt = await zip(
      { mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<c/>" },
      ["mimetype"]
    );
    expect(kind(sniff(odt))).toBe("zip-other");
    expect(kind(sniff(await zip({ "a.txt": "hello" })))).toBe("zip-other");
  });

  it("PDF by its header, also after a few bytes of junk", () => {
    expect(kind(sniff(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj")))).toBe("pdf");
    expect(kind(sniff(utf8("\r\n\r\n%PDF-1.4\n")))).toBe("pdf");
  });
});

describe("markup by its root element", () => {
  it.each([
    [
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
      "spreadsheetml",
    ],
    [
      '<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml">',
      "wordml",
    ],
    [
      '<?xml version="1.0"?><office:document office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
      "fods",
    ],
    [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><table>',
      "html",
    ],
    ["<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table>", "html"],
    ["<!-- saved --><table border=1><tr><td>a</td></tr></table>", "html"],
    ['<?xml version="1.0"?><catalog><book/></catalog>', "xml-other"],
    ["项目名称,预算\n城镇建设,12.5\n", "text"],
  ])("%s… is %s", (head, expected) => {
    expect(kind(sniff(utf8(head)))).toBe(expected);
  });
});

describe("text encodings", () => {
  const sample = seedText.slice(0, 3000);
  it.each([
    ["UTF-8", utf8(sample), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), "utf-8"],
    ["UTF-16 LE with BOM", utf16(sample, false, true), "utf-16le"],
    ["UTF-16 BE with BOM", utf16(sample, true, true), "utf-16be"],
    ["UTF-16 LE without BOM", utf16(`Project,预算\n${sample}`, false, false), "utf-16le"],
    ["UTF-16 BE without BOM", utf16(`Project,预算\n${sample}`, true, false), "utf-16be"],
    ["GB18030", gb18030(sample), "gb18030"],
  ])("%s", (_, bytes, expected) => {
    expect(textEncoding(bytes)).toBe(expected);
    expect(sniff(bytes)).toEqual({ kind: "text", encoding: expected });
  });

  it("bytes with NULs and controls are not text", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(textEncoding(bytes)).toBeNull();
    expect(kind(sniff(bytes))).toBe("binary");
  });
});

describe("the one entry reads text in any encoding alike", () => {
  it("the seed in GB18030, UTF-16 and UTF-8 with BOM imports like the UTF-8 sample", async () => {
    const want = (await openDocument(utf8(seedText), "seed.txt")).imported;
    expect(want.department.projects).toHaveLength(9);
    for (const bytes of [
      gb18030(seedText),
      utf16(seedText, false, true),
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(seedText)]),
    ]) {
      const got = (await openDocument(bytes, "seed.txt")).imported;
      expect(got.department).toEqual(want.department);
      expect(got.diagnostics).toEqual(want.diagnostics);
    }
  });

  it("GBK HTML named by its meta charset reads its Chinese cells", async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table><tr><td>项目名称</td><td>城镇建设工作经费</td></tr></table></body></html>`;
    const opened = await openDocument(gb18030(html), "page.xls");
    expect(opened.format).toBe("html");
    expect(opened.sheets[0].grid).toEqual([["项目名称", "城镇建设工作经费"]]);
  });

  it("an unknown binary gets one message and no project, whatever its name", async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
    for (const name of ["x.xls", "x.txt", "x.csv", "x.pdf", "x"]) {
      const { imported, format } = await openDocument(bytes, name);
      expect(format).toBe("binary");
      expect(imported.diagnostics).toHaveLength(1);
      expect(imported.diagnostics[0]).toMatchObject({ rule: "import/format", severity: "error" });
      expect(imported.diagnostics[0].message).toContain("无法识别的文件格式");
      expect(imported.department.projects.every((p) => p.indicators.length === 0)).toBe(true);
    }
  });

  it("a binary Word file is told to be saved as .docx", async () => {
    const { imported } = await openDocument(compound("WordDocument"), "申报表.doc");
    expect(imported.diagnostics[0].message).toContain(".docx");
  });
});
