/**
 * 自检 against both recording fakes: every step ✓ on a host that has every call; where the host
 * lacks a call or a call throws, the report names that step ✗ with the host's error, the other
 * steps still run, and the temporary sheet is gone either way. The PT function probes cover the
 * catalog and expect what the functions answer.
 */
import { parseCell } from "../../src/core/layout/plan";
import { CATALOG } from "../../src/functions/catalog";
import { excelSelfTest, OfficeAbout } from "../../src/hosts/excel-selftest";
import {
  probeFormula,
  PROBES,
  reportText,
  runSelfTest,
  SelfTestReport,
} from "../../src/hosts/selftest";
import { wpsSelfTest } from "../../src/hosts/wps-selftest";
import { ExcelFake } from "../helpers/excel-fake";
import { recalc } from "../helpers/recalc";
import { WpsFake } from "../helpers/wps-fake";

const OFFICE: OfficeAbout = {
  version: "16.0.18000.20000（PC）",
  isSetSupported: (set, version) =>
    set === "ExcelApi" ? Number(version.split(".")[1]) <= 17 : set === "SharedRuntime",
};

function excel(): ExcelFake {
  const fake = new ExcelFake(["项目表", "Sheet2"]);
  fake.recalc = (formula, sheet) =>
    recalc(formula, (a) => {
      const { row, column } = parseCell(a);
      return sheet.cell(row, column)?.value ?? null;
    });
  return fake;
}

function wps(): WpsFake {
  const fake = new WpsFake(["项目表", "Sheet2"]);
  fake.recalc = (formula, sheet) =>
    recalc(formula, (a) => {
      const { row, column } = parseCell(a);
      return sheet.cells.get(`${row},${column}`)?.value ?? null;
    });
  return fake;
}

const runExcel = (fake: ExcelFake) => runSelfTest(excelSelfTest(fake.run, () => OFFICE));
const runWps = (fake: WpsFake) => runSelfTest(wpsSelfTest(fake.application));

const failed = (report: SelfTestReport) => report.steps.filter((s) => !s.ok).map((s) => s.name);
const step = (report: SelfTestReport, name: string) => report.steps.find((s) => s.name === name)!;

/** The steps the add-in relies on, in both hosts (WPS also copies a sheet). */
const COMMON = [
  "新建临时工作表",
  "写入数值与公式",
  "数字格式",
  "合并单元格",
  "边框",
  "条件格式",
  "数据验证",
  "打印区域",
  "冻结窗格",
  "读回数值与公式结果",
  "读合并区域",
  "选中单元格",
  ...Object.keys(CATALOG).map((name) => `函数 PT.${name}`),
  "删除临时工作表",
  "工作簿中不留痕迹",
];

test("a probe for every PT function, expecting what the function answers", () => {
  expect(PROBES.map((p) => p.name).sort()).toEqual(Object.keys(CATALOG).sort());
  for (const probe of PROBES)
    expect(recalc(probeFormula(probe), () => null)).toEqual(probe.expected);
});

describe.each([
  ["Excel", () => runExcel(excel()), []],
  ["WPS 表格", () => runWps(wps()), ["复制工作表"]],
] as const)("%s", (host, run, extra) => {
  test("every step ✓ on a host that has every call, and nothing is left", async () => {
    const report = await run();
    expect(report.host).toBe(host);
    expect(failed(report)).toEqual([]);
    expect(report.steps.map((s) => s.name).sort()).toEqual([...COMMON, ...extra].sort());
    expect(step(report, "函数 PT.CHECK").detail).toContain('=PT.CHECK(0.96,"≥95%") → "达标"');
    const text = reportText(report);
    expect(text).toContain(`主机：${host}`);
    expect(text).toContain("全部通过");
    for (const s of report.steps) expect(text).toContain(`✓ ${s.name}`);
  });
});

test("Excel: the version and requirement sets are in the report", async () => {
  const report = await runExcel(excel());
  expect(report.version).toBe(OFFICE.version);
  expect(report.requirementSets).toEqual([
    "ExcelApi 1.17",
    "SharedRuntime 1.1",
    "CustomFunctionsRuntime 不支持",
  ]);
  expect(reportText(report)).toContain("ExcelApi 1.17");
});

test("Excel: a call the host refuses at the sync is ✗ with its error; the rest run; the sheet is gone", async () => {
  const fake = excel();
  fake.broken.add("freezeRows");
  const report = await runExcel(fake);
  expect(failed(report)).toEqual(["冻结窗格"]);
  expect(step(report, "冻结窗格").detail).toContain("ApiNotFound");
  expect(step(report, "选中单元格").ok).toBe(true);
  expect(fake.sheets.map((s) => s.name)).toEqual(["项目表", "Sheet2"]);
  expect(fake.sheets.find((s) => s.active)?.name).toBe("项目表");
  expect(reportText(report)).toContain("✗ 冻结窗格：ApiNotFound");
});

test("Excel: a call the host lacks (an older ExcelApi) is ✗; the sheet is gone", async () => {
  const fake = excel();
  fake.missing.add("getMergedAreasOrNullObject");
  const report = await runExcel(fake);
  expect(failed(report)).toEqual(["读合并区域"]);
  expect(step(report, "读合并区域").detail).toMatch(/not a function/);
  expect(fake.sheets.map((s) => s.name)).toEqual(["项目表", "Sheet2"]);
});

test("WPS: a setter that throws and a member the host lacks: those steps ✗, the rest ✓, the sheets gone", async () => {
  const fake = wps();
  fake.broken.add("FreezePanes");
  fake.missing.add("MergeArea");
  const report = await runWps(fake);
  expect(failed(report)).toEqual(["冻结窗格", "读合并区域"]);
  expect(step(report, "冻结窗格").detail).toContain("FreezePanes");
  expect(step(report, "复制工作表").ok).toBe(true);
  expect(fake.sheets.map((s) => s.name)).toEqual(["项目表", "Sheet2"]);
  expect(fake.sheets.find((s) => s.active)?.name).toBe("项目表");
});

test("WPS without the PT functions (an old build): each function step ✗ naming its formula", async () => {
  const fake = wps();
  const host = fake.recalc!;
  fake.recalc = (formula, sheet) => (formula.startsWith("=PT.") ? "#NAME?" : host(formula, sheet));
  const report = await runWps(fake);
  expect(failed(report)).toEqual(Object.keys(CATALOG).map((name) => `函数 PT.${name}`));
  expect(step(report, "函数 PT.GRADE").detail).toBe("=PT.GRADE(92) 返回 #NAME?");
  expect(fake.sheets.map((s) => s.name)).toEqual(["项目表", "Sheet2"]);
});
