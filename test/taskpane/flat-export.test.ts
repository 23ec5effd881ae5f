/**
 * The pane's 导出为预算系统导入格式 through each host: the preview downloads 预算系统导入.xlsx;
 * Excel and WPS write a new sheet beside one of the same name without touching it. Each result is
 * read back by the importer to the department it came from.
 */
import { importSheets } from "../../src/core/import";
import { planFlatSheets } from "../../src/core/layout/flat";
import { FLAT_COLUMN_SETS } from "../../src/core/layout/flat-columns";
import { insertSheets, readWorkbook } from "../../src/hosts/excel";
import { insertSheetsWps, readWorkbookWps } from "../../src/hosts/wps";
import { readSheetValues, readXlsx } from "../../src/hosts/xlsx";
import { previewHost } from "../../src/taskpane/host";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";
import { ExcelFake } from "../helpers/excel-fake";
import { carried } from "../helpers/flat-model";
import { WpsFake } from "../helpers/wps-fake";

const seed = carried(SEED_DEPARTMENT.projects);

it("downloads 预算系统导入.xlsx in the preview", async () => {
  const saved: { bytes: Uint8Array; file: string }[] = [];
  const host = previewHost((bytes, file) => saved.push({ bytes, file }));
  const outcome = await host.insert(planFlatSheets(SEED_DEPARTMENT), () => undefined);
  expect(outcome).toEqual({ sheets: ["预算系统导入"], file: "预算系统导入.xlsx" });
  const sheets = (await readXlsx(saved[0].bytes)).worksheets.map(readSheetValues);
  const read = importSheets(sheets, "下载");
  expect(read.kind).toBe("flat");
  expect(carried(read.department.projects)).toEqual(seed);
});

it("writes a new sheet in WPS beside one of the same name, and leaves that one alone", async () => {
  const fake = new WpsFake(["预算系统导入"]);
  fake.sheet("预算系统导入").cell(1, 1).value = "上次导出的备注";
  const set = FLAT_COLUMN_SETS.numeric;
  const result = await insertSheetsWps(fake.application, planFlatSheets(SEED_DEPARTMENT, set));
  expect(result.sheets).toEqual(["预算系统导入(2)"]);
  const sheets = readWorkbookWps(fake.application);
  expect(sheets[0]).toEqual({ name: "预算系统导入", grid: [["上次导出的备注"]], merges: [] });
  expect(sheets[1].grid[0]).toEqual(set.columns.map((c) => c.header));
  const read = importSheets(sheets, "WPS");
  expect(carried(read.department.projects)).toEqual(seed);
});

it("writes a new sheet in Excel beside one of the same name", async () => {
  const fake = new ExcelFake(["预算系统导入"]);
  const result = await insertSheets(fake.run, planFlatSheets(SEED_DEPARTMENT));
  expect(result.sheets).toEqual(["预算系统导入(2)"]);
  const sheets = await readWorkbook(fake.run);
  expect(sheets.map((s) => s.name)).toEqual(["预算系统导入", "预算系统导入(2)"]);
  expect(carried(importSheets(sheets, "Excel").department.projects)).toEqual(seed);
});
