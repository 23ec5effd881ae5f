/**
 * Reading a whole workbook for the pane (PaneHost.readWorkbook) on the recording fakes: every
 * sheet's name and values in tab order, A1 at [0][0] even where the used range starts further in,
 * an empty sheet as no rows; Excel in two syncs whatever the number of sheets, WPS in a few bridge
 * calls per sheet.
 */
import { planDepartment, planSelfEvals } from "../../src/core/layout";
import { readDepartment } from "../../src/core/layout/read-department";
import { readWorkbook } from "../../src/hosts/excel";
import { insertSheetsWps, NO_WORKBOOK, readWorkbookWps } from "../../src/hosts/wps";
import { excelHost, wpsHost } from "../../src/taskpane/host";
import { selfEvalScores } from "../../src/taskpane/year-after";
import { totalScore } from "../../src/core/selfeval";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";
import { WpsFake } from "../helpers/wps-fake";
import { filledSelfEvaluations } from "../helpers/selfeval-fill";

/** 主管部门 / 实施单位 as read back from the project sheets; the year is not on them. */
const readBack = { ...SEED_DEPARTMENT, year: null };

describe("Excel", () => {
  let fake: ExcelFake;

  beforeEach(async () => {
    fake = new ExcelFake(["备注", "空表"]);
    // The user's notes start at C3: the used range does not start at A1.
    fake.sheets[0].cells.set("3,3", { value: "说明" });
    fake.sheets[0].cells.set("4,4", { value: 12.5 });
    await excelHost(fake.run).insert(
      (taken) => planDepartment(SEED_DEPARTMENT, taken),
      () => undefined
    );
  });

  it("reads every sheet in two syncs, in tab order", async () => {
    const before = fake.syncs;
    const sheets = await readWorkbook(fake.run);
    expect(fake.syncs - before).toBe(2);
    expect(sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    expect(sheets).toHaveLength(13);
  });

  it("puts A1 at [0][0] and reads an empty sheet as no rows", async () => {
    const [notes, empty] = await readWorkbook(fake.run);
    expect(notes.grid).toEqual([[], [], [null, null, "说明", null], [null, null, null, 12.5]]);
    expect(empty.grid).toEqual([]);
  });

  it("reads the project sheets back into the department", async () => {
    const sheets = await excelHost(fake.run).readWorkbook();
    const read = readDepartment(sheets);
    expect(read.department).toEqual(readBack);
    expect(read.problems).toEqual([]);
  });

  it("gives the 总分 of filled 自评表 read from the workbook", async () => {
    const filled = filledSelfEvaluations();
    await excelHost(fake.run).insert(
      (taken) => planSelfEvals(filled, taken),
      () => undefined
    );
    const rows = selfEvalScores(await readWorkbook(fake.run));
    expect(rows.map((r) => r.total)).toEqual(filled.map(totalScore));
    expect(rows.every((r) => r.total !== null)).toBe(true);
  });
});

describe("WPS", () => {
  let fake: WpsFake;

  beforeEach(async () => {
    fake = new WpsFake(["备注", "空表"]);
    fake.sheet("备注").cell(3, 3).value = "说明";
    fake.sheet("备注").cell(4, 4).value = 12.5;
    fake.sheet("空表").cell(5, 5).value = null; // touched, never filled
    await insertSheetsWps(fake.application, (taken) => planDepartment(SEED_DEPARTMENT, taken));
  });

  it("reads every sheet through UsedRange, in a few bridge calls each", () => {
    const before = fake.calls.length;
    const sheets = readWorkbookWps(fake.application);
    expect(sheets.map((s) => s.name)).toEqual(fake.sheets.map((s) => s.name));
    const made = fake.calls.slice(before);
    const merging = made.filter((c) => /\.(Range\(\)|MergeCells|MergeArea|Address\(\))$/.test(c));
    const perSheet = (made.length - merging.length - 3) / sheets.length;
    expect(perSheet).toBeLessThanOrEqual(6);
  });

  it("puts A1 at [0][0] where UsedRange starts at C3, and reads an empty sheet as no rows", () => {
    const [notes, empty] = readWorkbookWps(fake.application);
    expect(notes.grid).toEqual([[], [], [null, null, "说明", null], [null, null, null, 12.5]]);
    expect(empty.grid).toEqual([]);
  });

  it("reads a single used cell (a scalar Value2)", () => {
    const one = new WpsFake(["一格"]);
    one.sheet("一格").cell(2, 2).value = "仅此一格";
    expect(readWorkbookWps(one.application)).toEqual([
      { name: "一格", grid: [[], [null, "仅此一格"]], merges: [] },
    ]);
  });

  it("reads the project sheets back into the department, through the pane's host", async () => {
    const sheets = await wpsHost(fake.application).readWorkbook();
    expect(readDepartment(sheets).department).toEqual(readBack);
  });

  it("says 请先打开或新建一个工作簿 with no workbook open", () => {
    const app = { ActiveWorkbook: null } as unknown as Et.Application;
    expect(() => readWorkbookWps(app)).toThrow(NO_WORKBOOK);
  });
});
