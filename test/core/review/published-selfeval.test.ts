/**
 * A published-layout 自评表 written to .xlsx and read back as any workbook is: reviewed by the
 * 自评 rules only (zero target-table findings on it), each defect found at its cell, the
 * consistent table clean (its 90 + 10 分值 counted as 100), every finding on a sheet and a cell
 * the workbook has.
 */
import { planGrid } from "../../../src/core/layout";
import { readYearAfter } from "../../../src/core/layout/year-after";
import { reviewSheets } from "../../../src/core/review";
import { readSheetValues, readXlsx, writeXlsx } from "../../../src/hosts/xlsx";
import type { SheetValues } from "../../../src/core/layout/workbook";
import { consistentPublished, defectivePublished } from "../../fixtures/published-selfeval";
import { expectFindingsOnSheets } from "../../helpers/findings-exist";

let sheets: SheetValues[] = [];
const defective = defectivePublished();

beforeAll(async () => {
  const bytes = await writeXlsx([consistentPublished(), defective.plan]);
  sheets = (await readXlsx(bytes, { valuesOnly: true })).worksheets.map(readSheetValues);
}, 120_000);

it("reads the published layout as a 自评表, its rows, scores, 总分 and 等级", () => {
  const [one] = readYearAfter(sheets).selfEvaluations;
  expect(one.sheet).toBe("一致");
  expect(one.evaluation.project.name).toBe("国家基本公共卫生服务");
  expect(one.evaluation.project.indicators.map((r) => [r.level1, r.level3, r.value])).toEqual([
    ["产出指标", "服务人数", "≥1000人"],
    ["产出指标", "合格率", "≥95%"],
    ["效益指标", "群众健康水平", "有所提高"],
    ["满意度指标", "满意度", "≥90%"],
  ]);
  expect(one.evaluation.execution).toEqual({ weight: 10, score: 9.5, reason: "" });
  expect(one.shown).toEqual({
    scores: [30, 20, 27, 10],
    executionScore: 9.5,
    rate: 0.95,
    weightTotal: 100,
    total: 96.5,
    grade: "优",
  });
});

it("gives no target-table finding on it, and finds each defect at its cell", () => {
  const result = reviewSheets(sheets);
  for (const f of [...result.findings, ...result.notes])
    expect(f.rule).not.toMatch(/^(review\/(?!selfeval-|monitor-)|import\/)/);
  expect(result.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule }))).toEqual(
    defective.planted.map((p) => ({ sheet: "有误", ...p }))
  );
  expectFindingsOnSheets(result.findings, sheets);
});

it("is the same table whether written to a file or handed over as values", () => {
  const direct = [consistentPublished(), defective.plan].map((p) => ({
    name: p.name,
    grid: planGrid(p),
  }));
  const cells = (s: SheetValues[]) => reviewSheets(s).findings.map((f) => `${f.sheet}!${f.cell}`);
  expect(cells(direct)).toEqual(cells(sheets));
});
