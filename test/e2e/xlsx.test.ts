/**
 * The .xlsx host end to end with real parts: the seed department written by ExcelJS, read back by
 * ExcelJS, and rendered and recalculated by headless LibreOffice.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planDepartment, readProjectSheet } from "../../src/core/layout";
import { readOverviewSheet } from "../../src/core/layout/overview";
import { readGrid, readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { pageToPng, pdfPages, pdfText, pngSize, sheetCsv, toPdf } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pt-xlsx-"));
const standalonePath = join(dir, "dept.xlsx");
const withAddinPath = join(dir, "dept-addin.xlsx");
let standalone: Uint8Array;

beforeAll(async () => {
  const plans = planDepartment(SEED_DEPARTMENT);
  standalone = await writeXlsx(plans);
  writeFileSync(standalonePath, standalone);
  writeFileSync(withAddinPath, await writeXlsx(plans, { standalone: false }));
});

describe("read back with ExcelJS", () => {
  it("every project sheet and the overview return the model that made them", async () => {
    const workbook = await readXlsx(standalone);
    const sheets = workbook.worksheets;
    expect(sheets).toHaveLength(11);
    expect(readOverviewSheet(readGrid(sheets[0]))).toEqual(SEED_DEPARTMENT.overview);
    SEED_DEPARTMENT.projects.forEach((project, i) => {
      const read = readProjectSheet(readGrid(sheets[i + 1]));
      expect(read?.project).toEqual(project);
      expect(read?.problems).toEqual([]);
    });
  });

  it("writes no PT.* formula where the add-in is absent, and PT.* formulas where it is present", async () => {
    const formulas = async (bytes: Uint8Array) => {
      const found: string[] = [];
      for (const sheet of (await readXlsx(bytes)).worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula) found.push(cell.formula);
          })
        );
      }
      return found;
    };
    const plain = await formulas(standalone);
    expect(plain.filter((f) => f.includes("PT."))).toEqual([]);
    expect(plain.length).toBeGreaterThan(0); // built-in formulas stay: flags, execution rate, summary
    const addin = await formulas(readFileSync(withAddinPath));
    expect(addin.filter((f) => f.startsWith("PT.CHECK("))).toHaveLength(59);
  });

  it("keeps the checks and formats Excel needs", async () => {
    const sheet = (await readXlsx(standalone)).worksheets[1];
    expect(sheet.getCell("B5").numFmt).toBe("0.00");
    expect(sheet.getCell("E11").numFmt).toBe("@");
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A11").isMerged).toBe(true);
    expect(sheet.pageSetup.paperSize).toBe(9);
    const validations = (
      sheet as unknown as { dataValidations: { model: Record<string, { type: string }> } }
    ).dataValidations.model;
    // ExcelJS spreads a range's validation over its cells when it reads a file.
    expect(validations["A11"].type).toBe("list");
    expect(validations["A16"].type).toBe("list");
    expect(validations["B5"].type).toBe("decimal");
  });
});

describe("rendered by headless LibreOffice", () => {
  let pdf: string;
  beforeAll(() => {
    pdf = toPdf(standalonePath, dir);
  }, 180_000);

  it("prints each sheet's form on one A4 page", () => {
    const { pages, width, height } = pdfPages(pdf);
    expect(pages).toBe(11);
    expect(Math.round(width)).toBe(595); // A4 portrait in points
    expect(Math.round(height)).toBe(842);
  });

  it("shows the Chinese text of the form and only the print area", () => {
    const page = pdfText(pdf, 2);
    expect(page).toContain("1.城镇建设工作经费绩效目标表");
    expect(page).toContain("13012323P00000210777A");
    expect(page).toContain("≥95%");
    expect(page).not.toContain("支出进度监控");
    expect(page).not.toContain("#NAME?");
  });

  it("renders a project sheet to a PNG one A4 page wide", () => {
    const png = pageToPng(pdf, 2, join(dir, "project"));
    const { width, height } = pngSize(png);
    expect(Math.abs(width - (595 / 72) * 80)).toBeLessThan(3); // A4 width at 80 dpi
    expect(height / width).toBeCloseTo(842 / 595, 1);
    expect(readFileSync(png).length).toBeGreaterThan(10_000); // drawn, not blank
  });

  it("recalculates to no #NAME? anywhere, and the built-in flags work without the add-in", async () => {
    const csv = sheetCsv(standalonePath, 2, mkdtempSync(join(dir, "csv-")));
    expect(csv.flat().join(",")).not.toContain("#NAME?");
    expect(csv[0][0]).toBe("1.城镇建设工作经费绩效目标表");

    // The same sheet with funds that do not add up shows the warning after recalculation.
    const broken = structuredClone(SEED_DEPARTMENT);
    broken.projects[0].fiscalFunds = 20;
    const path = join(dir, "broken.xlsx");
    writeFileSync(path, await writeXlsx(planDepartment(broken)));
    const flagged = sheetCsv(path, 2, mkdtempSync(join(dir, "csv-")));
    expect(flagged[4][6]).toBe("财政资金 + 其他资金 ≠ 预算数：请核对三个金额");
  }, 180_000);

  it("keeps the 审核 column working without the add-in: empty cells live, written findings until edited", async () => {
    // 1.城镇建设工作经费 edited after writing: 指标值 of row 13 cleared, the cost row 14 fixed.
    const workbook = await readXlsx(standalone);
    const sheet = workbook.worksheets[1];
    sheet.getCell("E13").value = null;
    sheet.getCell("E14").value = "≤23万元";
    const path = join(dir, "edited.xlsx");
    await workbook.xlsx.writeFile(path);
    const csv = sheetCsv(path, 2, mkdtempSync(join(dir, "csv-")));
    const review = (row: number) => csv[row - 1][8] ?? "";
    expect(review(10)).toBe("审核");
    expect(review(13)).toBe("错误：请填写指标值");
    expect(review(14)).toBe(""); // the written cost-rate finding went with the value it was about
    expect(review(11)).toBe(
      "警告：绩效指标描述只重复了三级指标：请写明指标的含义、统计口径或计算方法"
    );
    expect(review(12)).toBe("");
  }, 180_000);

  it("shows #NAME? for PT.* formulas where the add-in is absent, which is why files for that are standalone", () => {
    const csv = sheetCsv(withAddinPath, 2, mkdtempSync(join(dir, "csv-")));
    expect(csv.flat().join(",")).toContain("#NAME?");
  }, 180_000);
});
