/**
 * `pt build 文件.pdf`: the published PDF itself to the department workbook, run as users run it
 * (`npx pt`), with what could not be read printed, and a clear error for a file that is no PDF;
 * a report engine's PDF in a non-embedded Chinese font, and a scan.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readDepartment } from "../../src/core/layout/read-department";
import { readGrid, readXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { renderPdfs, workbookOf } from "../helpers/pdf";
import { layOut, writePdf } from "../helpers/pdf-bytes";
import { printedDepartment } from "../helpers/printed";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "pt-cli-pdf-"));
const pt = (...args: string[]) =>
  spawnSync("npx", ["pt", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });

it("builds the department workbook from the published PDF", async () => {
  const pdf = join(dir, "正定县部门预算绩效目标.pdf");
  writeFileSync(pdf, renderPdfs([await workbookOf(SEED_DEPARTMENT)])[0]);
  const out = join(dir, "部门.xlsx");
  const result = pt("build", pdf, "-o", out);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("11 张工作表，9 个项目，预算合计 4133.62 万元");
  const workbook = await readXlsx(readFileSync(out));
  const sheets = workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }));
  expect(readDepartment(sheets).department).toEqual(SEED_DEPARTMENT);
}, 300_000);

it("says why when the file is not a readable PDF", () => {
  const bad = join(dir, "坏文件.pdf");
  writeFileSync(bad, "%PDF-1.7\n这不是 PDF\n");
  const result = pt("build", bad, "-o", join(dir, "x.xlsx"));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("没有读到任何项目表");
  expect(result.stderr).toContain("[错误] 文件不是有效的 PDF");
}, 120_000);

it("reads a report engine's PDF in a non-embedded Chinese font (STSong-Light) through pdf.js's CMaps", async () => {
  const sheets = printedDepartment(SEED_DEPARTMENT);
  const pages = layOut(sheets, 595, 842).map((content) => ({ width: 595, height: 842, content }));
  const pdf = join(dir, "报表系统导出.pdf");
  writeFileSync(pdf, writePdf(pages));
  const out = join(dir, "报表.xlsx");
  const result = pt("build", pdf, "-o", out);
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("9 个项目，预算合计 4133.62 万元");
  const workbook = await readXlsx(readFileSync(out));
  const sheetsRead = workbook.worksheets.map((s) => ({ name: s.name, grid: readGrid(s) }));
  expect(readDepartment(sheetsRead).department).toEqual(SEED_DEPARTMENT);
}, 300_000);

it("says once that a scanned PDF has no text, and what to do", () => {
  const scan = join(dir, "扫描件.pdf");
  writeFileSync(
    scan,
    writePdf([1, 2].map(() => ({ width: 595, height: 842, content: "", scan: true })))
  );
  const result = pt("build", scan, "-o", join(dir, "y.xlsx"));
  expect(result.status).toBe(1);
  expect(result.stderr.match(/扫描件/g)).toHaveLength(1);
  expect(result.stderr).toContain("电子版原文件");
}, 120_000);
