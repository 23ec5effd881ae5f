/**
 * The 审核 page's pieces outside the browser: the preview host reading a chosen .xlsx as the hosts
 * read a workbook (and saying why a broken file or no file cannot be reviewed), and the grouping
 * of findings by sheet with the counts the page shows.
 */
import { reviewSheets } from "../../src/core/review/result";
import type { Problem } from "../../src/core/problem";
import { readSheetValues, readXlsx, writeXlsx } from "../../src/hosts/xlsx";
import { previewHost } from "../../src/taskpane/host";
import { cellOf, groupBySheet, selectable } from "../../src/taskpane/review-view";
import { defectiveWorkbook } from "../fixtures/review-workbook";

const { plans, planted } = defectiveWorkbook();
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeXlsx(plans);
});

const chosen =
  (content: BlobPart, name = "部门.xlsx") =>
  async () =>
    new File([content], name);

describe("the preview host", () => {
  it("reads the chosen .xlsx: every sheet's name, values and merges", async () => {
    const host = previewHost(undefined, chosen(bytes as BlobPart));
    const sheets = await host.readWorkbook();
    const expected = (await readXlsx(bytes)).worksheets.map(readSheetValues);
    expect(sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    expect(sheets).toEqual(expected);
    expect(sheets[1].merges?.length).toBeGreaterThan(0);
    expect(
      reviewSheets(sheets).findings.map(({ sheet, cell, rule }) => ({ sheet, cell, rule }))
    ).toEqual(planted);
  });

  it("asks for an .xlsx, and says in Chinese when the file is no workbook", async () => {
    const choose = jest.fn(chosen("不是工作簿", "坏.xlsx"));
    const host = previewHost(undefined, choose);
    await expect(host.readWorkbook()).rejects.toThrow(
      /^无法读取文件“坏\.xlsx”：不是有效的 \.xlsx 工作簿/
    );
    expect(choose).toHaveBeenCalledWith(".xlsx");
  });

  it("passes on that no file was chosen, and selecting does nothing", async () => {
    const host = previewHost(undefined, async () => {
      throw new Error("未选择文件");
    });
    await expect(host.readWorkbook()).rejects.toThrow("未选择文件");
    await expect(host.select("1.城镇建设工作经费", "E11")).resolves.toBeUndefined();
  });
});

describe("findings grouped by sheet", () => {
  const finding = (
    sheet: string | undefined,
    cell: string | undefined,
    severity: Problem["severity"]
  ): Problem => ({
    rule: "review/x",
    severity,
    message: "说明",
    ...(sheet !== undefined && { sheet }),
    ...(cell !== undefined && { cell }),
  });

  it("keeps the review's order, with each sheet's errors and warnings", async () => {
    const result = reviewSheets((await readXlsx(bytes)).worksheets.map(readSheetValues));
    const groups = groupBySheet(result.findings);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ["1.城镇建设工作经费", 2, 0],
      ["2.城镇社区党建惠民工程专项经费", 1, 0],
      ["3.城镇社区工作经费", 1, 0],
      ["5.聘用人员工资及社保缴纳经费", 0, 1],
      ["7.社会事务工作经费", 0, 1],
    ]);
    expect(groups.flatMap((g) => g.problems)).toEqual(result.findings);
    expect(groups.reduce((n, g) => n + g.errors, 0)).toBe(result.errors);
    expect(groups.reduce((n, g) => n + g.warnings, 0)).toBe(result.warnings);
  });

  it("puts problems on no sheet in a group of their own, and counts notes apart from both", () => {
    const groups = groupBySheet([
      finding("表", "A1", "error"),
      finding(undefined, undefined, "error"),
      finding("表", "B2", "info"),
      finding("表", "C3", "warning"),
    ]);
    expect(groups.map((g) => [g.sheet, g.problems.length, g.errors, g.warnings])).toEqual([
      ["表", 3, 1, 1],
      [null, 1, 1, 0],
    ]);
  });

  it("makes a problem clickable only with both a sheet and a cell, named as formulas name it", () => {
    expect(selectable(finding("1.项目's", "E11", "error"))).toBe(true);
    expect(cellOf(finding("1.项目's", "E11", "error"))).toBe("'1.项目''s'!E11");
    expect(selectable(finding("备注", undefined, "info"))).toBe(false);
    expect(cellOf(finding("备注", undefined, "info"))).toBe("");
    expect(selectable(finding(undefined, "E11", "error"))).toBe(false);
  });
});
