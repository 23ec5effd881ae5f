/**
 * 自评表 and 监控表 inserted by the Excel and WPS hosts from the project sheets of a workbook, on
 * the recording fakes: round trips, bridge calls, what is written, and reading them back.
 */
import {
  planDepartment,
  planMonitorsFromSheets,
  planSelfEvalsFromSheets,
  readMonitorSheet,
  readSelfEvalSheet,
  selfEvaluationsOf,
  monitoringsOf,
} from "../../src/core/layout";
import { insertFromSheets, insertSheets, readSheetGrid } from "../../src/hosts/excel";
import { insertFromSheetsWps, insertSheetsWps, readSheetGridWps } from "../../src/hosts/wps";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";
import { WpsFake } from "../helpers/wps-fake";
import { SEED_AS_OF } from "../helpers/selfeval-fill";

/** 主管部门 / 实施单位 as read back from the project sheets (the unit line of each). */
const department = { ...SEED_DEPARTMENT, year: null };

describe("Excel: nine 自评表 from the department's project sheets", () => {
  let fake: ExcelFake;
  let syncsBefore: number;
  let sheets: string[];

  beforeAll(async () => {
    fake = new ExcelFake(["Sheet1"]);
    await insertSheets(fake.run, (taken) => planDepartment(SEED_DEPARTMENT, taken));
    syncsBefore = fake.syncs;
    ({ sheets } = await insertFromSheets(fake.run, "all", (grids, taken) =>
      planSelfEvalsFromSheets(grids, taken)
    ));
  });

  it("takes three syncs for all nine: names, the sheets' values, the writes", () => {
    expect(fake.syncs - syncsBefore).toBe(3);
    expect(sheets).toEqual(SEED_DEPARTMENT.projects.map((p, i) => `自评-${i + 1}.${p.name}`));
  });

  it("writes PT.SCORE and PT.GRADE, and the weights of the default split", () => {
    const sheet = fake.sheet("自评-4.居委会退休干部补助经费");
    expect(sheet.cell(13, 7)?.formula).toBe('=PT.SCORE(E13,D13,F13,$B$13,$K$8,"",$K$9)');
    expect(sheet.cell(21, 6)?.formula).toBe("=PT.GRADE(G20)");
    expect([13, 14, 15, 16, 17, 18, 19].map((r) => sheet.cell(r, 6)?.value)).toEqual([
      13, 13, 12, 12, 15, 15, 10,
    ]);
  });

  it("reads each back into the self-evaluation of its project", async () => {
    const expected = selfEvaluationsOf(department);
    for (const [i, name] of sheets.entries()) {
      const read = readSelfEvalSheet(await readSheetGrid(fake.run, name));
      expect(read?.evaluation).toEqual(expected[i]);
    }
  });

  it("takes two syncs from the selected sheet or from sheets named", async () => {
    const one = new ExcelFake(["Sheet1"]);
    await insertSheets(one.run, (taken) => planDepartment(SEED_DEPARTMENT, taken));
    one.sheets.forEach((s) => (s.active = s.name === "3.城镇社区工作经费"));
    const before = one.syncs;
    const active = await insertFromSheets(one.run, "active", (grids, taken) =>
      planSelfEvalsFromSheets(grids, taken)
    );
    expect(one.syncs - before).toBe(2);
    expect(active.sheets).toEqual(["自评-1.城镇社区工作经费"]);
    const named = await insertFromSheets(
      one.run,
      ["5.聘用人员工资及社保缴纳经费", "6.社工工资及社保缴纳经费"],
      (grids, taken) => planMonitorsFromSheets(grids, taken, SEED_AS_OF)
    );
    expect(one.syncs - before).toBe(4);
    expect(named.sheets).toEqual([
      "监控-1.聘用人员工资及社保缴纳经费",
      "监控-2.社工工资及社保缴纳经费",
    ]);
  });

  it("leaves the workbook alone when no sheet is a project sheet", async () => {
    const empty = new ExcelFake(["Sheet1"]);
    const result = await insertFromSheets(empty.run, "all", (grids, taken) =>
      planSelfEvalsFromSheets(grids, taken)
    );
    expect(result.sheets).toEqual([]);
    expect(empty.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("WPS: nine 自评表 and 监控表 from the project sheets", () => {
  it("writes each sheet whole and reads them back", async () => {
    const fake = new WpsFake();
    await insertSheetsWps(fake.application, (taken) => planDepartment(SEED_DEPARTMENT, taken));
    const before = fake.calls.length;
    const { sheets } = await insertFromSheetsWps(fake.application, "all", (grids, taken) =>
      planSelfEvalsFromSheets(grids, taken)
    );
    expect(sheets).toHaveLength(9);
    expect(fake.calls.length - before).toBeGreaterThan(0);
    expect(fake.sheet(sheets[3]).at("G13")?.formula).toBe(
      '=PT.SCORE(E13,D13,F13,$B$13,$K$8,"",$K$9)'
    );
    const expected = selfEvaluationsOf(department);
    sheets.forEach((name, i) =>
      expect(readSelfEvalSheet(readSheetGridWps(fake.application, name))?.evaluation).toEqual(
        expected[i]
      )
    );

    const monitors = await insertFromSheetsWps(fake.application, "all", (grids, taken) =>
      planMonitorsFromSheets(grids, taken, SEED_AS_OF)
    );
    expect(monitors.sheets).toHaveLength(9);
    const expectedMonitors = monitoringsOf(department, SEED_AS_OF);
    monitors.sheets.forEach((name, i) =>
      expect(readMonitorSheet(readSheetGridWps(fake.application, name))?.monitoring).toEqual(
        expectedMonitors[i]
      )
    );
  });

  it("reads the active sheet alone", async () => {
    const fake = new WpsFake();
    await insertSheetsWps(fake.application, (taken) => planDepartment(SEED_DEPARTMENT, taken));
    fake.sheets.forEach((s) => (s.active = s.name === "2.城镇社区党建惠民工程专项经费"));
    const { sheets } = await insertFromSheetsWps(fake.application, "active", (grids, taken) =>
      planSelfEvalsFromSheets(grids, taken)
    );
    expect(sheets).toEqual(["自评-1.城镇社区党建惠民工程专项经费"]);
  });
});
