/**
 * Hostile files through the one entry: zip bombs (declared and lying sizes), a sheet of a million
 * rows, XML with external entities, tables nested past any page, random bytes under every name.
 * Each is refused or cut with a message; none throws, none gives a project.
 */
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import JSZip from "jszip";
import { openDocument, Opened } from "../../../src/core/import/open";
import { MAX_ROWS } from "../../../src/core/import/sheet-limits";
import { planDepartment } from "../../../src/core/layout";
import { writeXlsx } from "../../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";
import { docxOfSheets } from "../../helpers/office-docs";

const utf8 = (s: string) => new TextEncoder().encode(s);
const hasProject = (o: Opened) =>
  o.imported.department.projects.some((p) => p.indicators.length > 0 || p.budget !== null);
const messages = (o: Opened) => o.imported.diagnostics.map((d) => d.message).join("\n");

/** Overwrites a little-endian 32-bit number in every zip header of the given signature. */
function patchZip(bytes: Uint8Array, signature: number, offset: number, value: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++)
    if (view.getUint32(i, true) === signature) view.setUint32(i + offset, value, true);
  return out;
}
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

async function workbookZip(sheetXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", sheetXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("zip bombs", () => {
  it("refuses a zip whose entries declare more than a workbook ever holds", async () => {
    const bytes = patchZip(await workbookZip("<worksheet/>"), CENTRAL, 24, 0x7fff0000);
    const opened = await openDocument(bytes, "bomb.xlsx");
    expect(messages(opened)).toContain("压缩炸弹");
    expect(hasProject(opened)).toBe(false);
  });

  it("refuses a zip whose entry inflates to far more than it declares", async () => {
    const big = `<worksheet>${" ".repeat(4 * 1024 * 1024)}</worksheet>`;
    let bytes = await workbookZip(big);
    expect(bytes.length).toBeLessThan(40_000); // 4 MB of spaces deflate to a few KB
    bytes = patchZip(patchZip(bytes, LOCAL, 22, 100), CENTRAL, 24, 100);
    const opened = await openDocument(bytes, "bomb.xlsx");
    expect(messages(opened)).toContain("压缩炸弹");
    expect(hasProject(opened)).toBe(false);
  }, 120_000);
});

describe("sheets too large", () => {
  it("a web page table of a million rows is cut with a message", async () => {
    const html = `<table>${"<tr><td>1</td><td>x</td></tr>".repeat(1_000_000)}</table>`;
    const opened = await openDocument(utf8(html), "big.html");
    expect(opened.sheets[0].grid).toHaveLength(MAX_ROWS);
    expect(opened.imported.diagnostics.some((d) => d.rule === "import/sheet-cut")).toBe(true);
  }, 300_000);

  it("an Excel 2003 XML sheet of a million rows is cut with a message", async () => {
    const row =
      '<Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">指标</Data></Cell></Row>';
    const xml = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="大表"><Table>${row.repeat(1_000_000)}</Table></Worksheet><Worksheet ss:Name="小表"><Table>${row}</Table></Worksheet></Workbook>`;
    const opened = await openDocument(utf8(xml), "big.xml");
    expect(opened.format).toBe("spreadsheetml");
    expect(opened.sheets.map((s) => [s.name, s.grid.length])).toEqual([
      ["大表", MAX_ROWS],
      ["小表", 1],
    ]);
    const cut = opened.imported.diagnostics.filter((d) => d.rule === "import/sheet-cut");
    expect(cut.map((d) => d.sheet)).toEqual(["大表"]);
  }, 300_000);
});

describe("XML that reaches out", () => {
  it.each([
    [
      "Excel 2003 XML",
      `<?xml version="1.0"?><!DOCTYPE Workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="表"><Table><Row><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row></Table></Worksheet></Workbook>`,
    ],
    [
      "Word 2003 XML",
      `<?xml version="1.0"?><!DOCTYPE w:wordDocument SYSTEM "http://example.invalid/x.dtd"><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:wordDocument>`,
    ],
  ])("%s with a DOCTYPE naming entities or a DTD is refused", async (_, xml) => {
    const opened = await openDocument(utf8(xml), "x.xml");
    expect(opened.sheets).toEqual([]);
    expect(messages(opened)).toContain("实体或外部 DTD");
    expect(messages(opened)).not.toContain("root:");
  });
});

it("tables nested far deeper than any page are read to a depth, with a message", async () => {
  const html = `${"<table><tr><td>层".repeat(50_000)}${"</td></tr></table>".repeat(50_000)}`;
  const opened = await openDocument(utf8(html), "deep.html");
  expect(opened.imported.diagnostics.some((d) => d.rule === "import/too-deep")).toBe(true);
  expect(hasProject(opened)).toBe(false);
}, 120_000);

describe("random bytes", () => {
  const names = [
    "x.pdf",
    "x.xlsx",
    "x.xls",
    "x.et",
    "x.ods",
    "x.docx",
    "x.doc",
    "x.html",
    "x.xml",
    "x.csv",
    "x.txt",
    "x.json",
    "x",
  ];
  /** Random bodies behind each container's signature, so each reader's own path is exercised. */
  const heads = [
    [],
    [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    [0x50, 0x4b, 0x03, 0x04],
    [
      ...utf8(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
      ),
    ],
    [...utf8("<html><table><tr><td rowspan=3>")],
    [...utf8("<w:wordDocument><w:tbl><w:tr><w:tc>")],
  ];
  it("never throw and never make a project, under every name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...heads),
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom(...names),
        async (head, body, name) => {
          const opened = await openDocument(new Uint8Array([...head, ...body]), name);
          expect(hasProject(opened)).toBe(false);
        }
      ),
      { numRuns: 300 }
    );
  }, 120_000);
});

describe("truncated files", () => {
  let files: [string, Uint8Array][] = [];
  beforeAll(async () => {
    const xlsx = await writeXlsx(planDepartment(SEED_DEPARTMENT));
    const book = XLSX.read(xlsx, { type: "array" });
    const xls = new Uint8Array(
      XLSX.write(book, { bookType: "biff8", type: "array" }) as ArrayBuffer
    );
    const ods = new Uint8Array(XLSX.write(book, { bookType: "ods", type: "array" }) as ArrayBuffer);
    const twin = await openDocument(xlsx, "seed.xlsx");
    files = [
      ["seed.xlsx", xlsx],
      ["seed.xls", xls],
      ["seed.ods", ods],
      ["seed.docx", await docxOfSheets(twin.sheets)],
    ];
  }, 120_000);

  it("cut anywhere, never throw; a zip cut before its directory gives no project", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(3),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        async (which, at) => {
          const [name, bytes] = files[which];
          const opened = await openDocument(bytes.slice(0, Math.floor(bytes.length * at)), name);
          // A zip's directory is at its end: cut, it is no workbook at all.
          if (name !== "seed.xls") expect(hasProject(opened)).toBe(false);
        }
      ),
      { numRuns: 40 }
    );
  }, 300_000);
});
