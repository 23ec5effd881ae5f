/**
 * The hosts' side of the 审核 page, on the recording fakes: reading every sheet of a workbook
 * (round trips and bridge calls, a used range that does not start at A1, nothing written) into what
 * the review finds the planted defects in, and selecting a finding's cell on the right sheet; a
 * sheet gone since the review, or no workbook open, answered in Chinese.
 */
import type { SheetValues } from "../../src/core/layout/workbook";
import { reviewSheets } from "../../src/core/review/result";
import { insertSheets, readWorkbook, selectCell } from "../../src/hosts/excel";
import { insertSheetsWps, NO_WORKBOOK, readWorkbookWps, selectCellWps } from "../../src/hosts/wps";
import { defectiveWorkbook } from "../fixtures/review-workbook";
import { ExcelFake } from "../helpers/excel-fake";
import { WpsFake } from "../helpers/wps-fake";

const { plans, planted } = defectiveWorkbook();
const found = (sheets: SheetValues[]) =>
  reviewSheets(sheets).findings.map(({ sheet, cell, rule }) => ({ sheet, cell, rule }));

/** What a write would change: every cell of every sheet, and which sheet is active. */
function cellsOf(sheets: { name: string; active: boolean; cells: Map<string, unknown> }[]) {
  return JSON.stringify(sheets.map((s) => [s.name, s.active, [...s.cells.entries()]]));
}

describe("Excel: reading the workbook and selecting a cell", () => {
  let fake: ExcelFake;

  beforeEach(async () => {
    fake = new ExcelFake(["备注", "空白"]);
    fake.sheets[0].cells.set("3,3", { value: "内部备注" }); // its used range starts at C3
    await insertSheets(fake.run, () => plans);
  });

  it("reads every sheet in two syncs, writing nothing", async () => {
    const syncs = fake.syncs;
    const calls = fake.calls.length;
    const before = cellsOf(fake.sheets);
    const sheets = await readWorkbook(fake.run);
    expect(fake.syncs - syncs).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    expect(sheets).toHaveLength(13);
    expect(
      fake.calls
        .slice(calls)
        .filter((c) => !/\.(getUsedRangeOrNullObject|getMergedAreasOrNullObject)\(\)$/.test(c))
    ).toEqual([]);
    expect(cellsOf(fake.sheets)).toBe(before);
  });

  it("gives each grid from A1, an empty sheet as no rows", async () => {
    const [notes, empty, overview] = await readWorkbook(fake.run);
    expect(notes.grid).toEqual([[], [], [null, null, "内部备注"]]);
    expect(empty.grid).toEqual([]);
    expect(overview.grid[0][0]).toBe(plans[0].blocks[0].rows[0][0]);
  });

  it("reads what the review finds the planted defects in, at their cells", async () => {
    expect(found(await readWorkbook(fake.run))).toEqual(planted);
  });

  it("selects a finding's cell in one sync: activates its sheet, then selects the cell", async () => {
    const { sheet, cell } = planted[2];
    const syncs = fake.syncs;
    const calls = fake.calls.length;
    const before = JSON.stringify(fake.sheets.map((s) => [...s.cells.entries()]));
    await selectCell(fake.run, sheet, cell);
    expect(fake.syncs - syncs).toBe(1);
    expect(fake.selection).toEqual({ sheet, address: cell });
    expect(fake.sheets.filter((s) => s.active).map((s) => s.name)).toEqual([sheet]);
    expect(fake.calls.slice(calls)).toEqual([
      "worksheets.getItem()",
      `${sheet}.activate()`,
      `${sheet}.getRange()`,
      `${cell}.select()`,
    ]);
    expect(JSON.stringify(fake.sheets.map((s) => [...s.cells.entries()]))).toBe(before);
  });

  it("says so in Chinese when the sheet is gone since the review, and changes nothing", async () => {
    fake.sheets.forEach((s) => (s.active = s.name === "备注"));
    await expect(selectCell(fake.run, "3.已改名的项目", "C5")).rejects.toThrow(
      "无法选中单元格 '3.已改名的项目'!C5：找不到工作表“3.已改名的项目”（可能已被删除或改名）"
    );
    expect(fake.selection).toBeNull();
    expect(fake.sheets.filter((s) => s.active).map((s) => s.name)).toEqual(["备注"]);
  });

  it("says in Chinese why the workbook could not be read", async () => {
    const failing = (async () => {
      throw new Error("RequestPayloadSizeLimitExceeded");
    }) as unknown as typeof fake.run;
    await expect(readWorkbook(failing)).rejects.toThrow(
      "无法读取工作簿：RequestPayloadSizeLimitExceeded"
    );
  });
});

describe("WPS: reading the workbook and selecting a cell", () => {
  let fake: WpsFake;

  beforeEach(async () => {
    fake = new WpsFake(["备注", "空白"]);
    fake.sheets[0].cell(3, 3).value = "内部备注"; // its used range starts at C3
    await insertSheetsWps(fake.application, () => plans);
  });

  it("reads every sheet with one Value2 each, six bridge calls a sheet and the merges by blocks of blanks, writing nothing", () => {
    const calls = fake.calls.length;
    const before = cellsOf(fake.sheets);
    const sheets = readWorkbookWps(fake.application);
    expect(sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    expect(sheets).toHaveLength(13);
    const made = fake.calls.slice(calls);
    const merging = made.filter((c) => /\.(Range\(\)|MergeCells|MergeArea|Address\(\))$/.test(c));
    expect(made.length - merging.length).toBe(3 + 6 * sheets.length);
    // Cell by cell, each blank cell would cost three calls (Range, MergeArea, Address).
    const blanks = sheets.flatMap((s) => s.grid.flat()).filter((v) => v === null).length;
    expect(merging.length).toBeLessThan(2 * blanks);
    expect(made.filter((c) => c.endsWith(".Value2"))).toHaveLength(sheets.length);
    expect(
      made.filter((c) => c.endsWith("=") || /\.(Add|Merge|Delete|Insert|Copy)\(\)$/.test(c))
    ).toEqual([]);
    expect(cellsOf(fake.sheets)).toBe(before);
  });

  it("gives each grid from A1 although a used range starts elsewhere, an empty sheet as no rows", () => {
    const [notes, empty, overview] = readWorkbookWps(fake.application);
    expect(notes.grid).toEqual([[], [], [null, null, "内部备注"]]);
    expect(empty.grid).toEqual([]);
    expect(overview.grid[0][0]).toBe(plans[0].blocks[0].rows[0][0]);
  });

  it("reads what the review finds the planted defects in, at their cells", () => {
    expect(found(readWorkbookWps(fake.application))).toEqual(planted);
  });

  it("selects a finding's cell: Activate on its sheet, then Range(cell).Select()", () => {
    const { sheet, cell } = planted[4];
    fake.sheets.forEach((s) => (s.active = s.name === "备注"));
    const calls = fake.calls.length;
    const before = JSON.stringify(fake.sheets.map((s) => [...s.cells.entries()]));
    selectCellWps(fake.application, sheet, cell);
    expect(fake.selection).toEqual({ sheet, address: cell });
    expect(fake.sheet(sheet).active).toBe(true);
    expect(fake.calls.slice(calls)).toEqual([
      "Application.ActiveWorkbook",
      "Workbook.Worksheets",
      "Worksheets.Item()",
      `${sheet}.Activate()`,
      `${sheet}.Range()`,
      `${cell}.Select()`,
    ]);
    expect(JSON.stringify(fake.sheets.map((s) => [...s.cells.entries()]))).toBe(before);
  });

  it("says so in Chinese when the sheet is gone since the review", () => {
    expect(() => selectCellWps(fake.application, "3.已改名的项目", "C5")).toThrow(
      "无法选中单元格 '3.已改名的项目'!C5：找不到工作表“3.已改名的项目”（可能已被删除或改名）"
    );
    expect(fake.selection).toBeNull();
  });

  it.each([null, undefined])(
    "with ActiveWorkbook %p, both say 请先打开或新建一个工作簿",
    (workbook) => {
      const app = { ActiveWorkbook: workbook } as unknown as Et.Application;
      expect(NO_WORKBOOK).toBe("请先打开或新建一个工作簿");
      expect(() => readWorkbookWps(app)).toThrow(NO_WORKBOOK);
      expect(() => selectCellWps(app, "1.城镇建设工作经费", "E11")).toThrow(NO_WORKBOOK);
    }
  );
});
