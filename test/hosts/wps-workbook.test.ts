/**
 * WPS can run with no workbook open (Application.ActiveWorkbook is null; Excel always has one):
 * every entry point of the WPS host then says so in Chinese instead of failing on null, and
 * changes nothing on the way (alerts stay as they were).
 */
import { planSingleProject } from "../../src/core/layout/workbook";
import {
  applyPlanWps,
  insertSheetsWps,
  readSheetGridWps,
  sheetNamesWps,
} from "../../src/hosts/wps";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const NO_WORKBOOK = "请先打开或新建一个工作簿";

/** WPS's Application with nothing open. */
function emptyApplication(workbook: null | undefined) {
  return { ActiveWorkbook: workbook, DisplayAlerts: true } as unknown as Et.Application;
}

describe.each([null, undefined])("with ActiveWorkbook %p", (workbook) => {
  it("inserting answers 请先打开或新建一个工作簿, and leaves alerts on", async () => {
    const app = emptyApplication(workbook);
    const plan = jest.fn((taken: string[]) => [planSingleProject(SEED_DEPARTMENT, 1, taken)]);
    await expect(insertSheetsWps(app, plan)).rejects.toThrow(NO_WORKBOOK);
    expect(plan).not.toHaveBeenCalled();
    expect(app.DisplayAlerts).toBe(true);
  });

  it("reading sheets and drawing a plan answer the same", () => {
    const app = emptyApplication(workbook);
    expect(() => sheetNamesWps(app)).toThrow(NO_WORKBOOK);
    expect(() => readSheetGridWps(app, "项目1")).toThrow(NO_WORKBOOK);
    expect(() => applyPlanWps(app, planSingleProject(SEED_DEPARTMENT, 1, []))).toThrow(NO_WORKBOOK);
  });
});
