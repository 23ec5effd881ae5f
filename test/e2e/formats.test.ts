/**
 * Every format through the one entry, each file written here: the seed department as .xlsx
 * (ExcelJS), converted by headless LibreOffice to BIFF8 .xls, .ods, flat .fods and HTML; Excel 2003
 * XML (LibreOffice here has no export filter for it, so SheetJS writes it from LibreOffice's .xls);
 * an HTML page and a .docx written from the sheets with rowspans, gridSpan and vMerge; the .xlsx
 * under a .xls name; and the .xlsx with WPS's overlapping merges. Each imports to the model of its
 * .xlsx twin.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { openDocument, Opened } from "../../src/core/import/open";
import { planDepartment } from "../../src/core/layout";
import { readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { convertTo } from "../helpers/libreoffice";
import { docxOfSheets, htmlOfSheets, withExtraMerges } from "../helpers/office-docs";

const dir = mkdtempSync(join(tmpdir(), "pt-formats-"));
const xlsxPath = join(dir, "seed.xlsx");
let xlsx: Uint8Array;
let twin: Opened;
const converted: Record<string, string> = {};

const open = (path: string) => openDocument(new Uint8Array(readFileSync(path)), path);

beforeAll(async () => {
  xlsx = await writeXlsx(planDepartment(SEED_DEPARTMENT));
  writeFileSync(xlsxPath, xlsx);
  for (const [filter, ext] of [
    ["xls", "xls"],
    ["ods", "ods"],
    ["fods", "fods"],
    ["html", "html"],
  ])
    converted[ext] = convertTo([xlsxPath], filter, dir, ext)[0];
  twin = await openDocument(xlsx, "seed.xlsx");
}, 600_000);

const projectsOf = (o: Opened) => o.imported.department.projects;

it("the .xlsx twin is the seed department", () => {
  expect(twin.format).toBe("xlsx");
  expect(projectsOf(twin)).toEqual(SEED_DEPARTMENT.projects);
  expect(twin.imported.diagnostics).toEqual([]);
});

describe.each(["xls", "ods", "fods", "html"])("LibreOffice's .%s of the seed", (ext) => {
  it("imports to the .xlsx twin's model, with nothing reported", async () => {
    const opened = await open(converted[ext]);
    expect(opened.format).toBe(ext);
    expect(opened.imported.department).toEqual(twin.imported.department);
    expect(opened.imported.diagnostics).toEqual([]);
  });
});

it("Excel 2003 XML (SpreadsheetML) imports to the twin's model", async () => {
  const book = XLSX.read(readFileSync(converted.xls), { type: "buffer" });
  const xml = XLSX.write(book, { bookType: "xlml", type: "string" }) as string;
  expect(xml).toContain("urn:schemas-microsoft-com:office:spreadsheet");
  const opened = await openDocument(new TextEncoder().encode(xml), "导出.xls");
  expect(opened.format).toBe("spreadsheetml");
  expect(opened.imported.department).toEqual(twin.imported.department);
});

it("an .xlsx named .xls (a budget system's template) is read as the workbook it is", async () => {
  const opened = await openDocument(xlsx, "模板.xls");
  expect(opened.format).toBe("xlsx");
  expect(opened.imported.department).toEqual(twin.imported.department);
});

it("an HTML page of tables with rowspan, colspan, <br> and entities imports to the twin's model", async () => {
  const html = htmlOfSheets(twin.sheets);
  expect(html).toMatch(/rowspan="\d+"/);
  expect(html).toContain("<br/>");
  const opened = await openDocument(new TextEncoder().encode(html), "page.htm");
  expect(opened.format).toBe("html");
  expect(opened.sheets).toHaveLength(twin.sheets.length);
  expect(opened.imported.department).toEqual(twin.imported.department);
});

it("a .docx with one table per sheet (gridSpan, vMerge, runs) imports to the twin's model", async () => {
  const docx = await docxOfSheets(twin.sheets);
  const opened = await openDocument(docx, "申报表.docx");
  expect(opened.format).toBe("docx");
  expect(opened.imported.department).toEqual(twin.imported.department);
  // The tables' merges come back as the workbook's, cell for cell.
  expect(opened.sheets[1].merges?.slice().sort()).toEqual(twin.sheets[1].merges?.slice().sort());
});

it("a workbook with WPS's overlapping merges reads, and says what it repaired", async () => {
  const first = twin.sheets[1].merges![0];
  const [a] = first.split(":");
  const overlapping = `${a}:${a.replace(/\d+/, (n) => String(Number(n) + 1))}`;
  const bytes = await withExtraMerges(xlsx, 1, [first, overlapping]);
  await expect(readXlsx(bytes)).rejects.toThrow(/merge/i); // what ExcelJS 4.4 does with such files
  const opened = await openDocument(bytes, "wps.xlsx");
  expect(opened.imported.department).toEqual(twin.imported.department);
  const repaired = opened.imported.diagnostics.filter((d) => d.rule === "import/merge-repaired");
  expect(repaired).toHaveLength(2);
  expect(repaired.every((d) => d.sheet === twin.sheets[1].name)).toBe(true);
  expect(repaired[1].message).toContain(overlapping);
});

it("`pt build` (bin/pt.js, as a user runs it) reads the .xls and the .docx by their content", () => {
  const pt = join(__dirname, "..", "..", "bin", "pt.js");
  const docx = join(dir, "申报表.docx");
  return docxOfSheets(twin.sheets).then((bytes) => {
    writeFileSync(docx, bytes);
    for (const input of [converted.xls, docx]) {
      const out = execFileSync("node", [pt, "build", input, "-o", join(dir, "out.xlsx")], {
        encoding: "utf8",
        stdio: "pipe",
        timeout: 170_000,
      });
      expect(out).toContain(`${SEED_DEPARTMENT.projects.length} 个项目`);
    }
  });
}, 360_000);
