/**
 * The review of 自评表 and 监控表: a workbook with one planted defect per rule, each found at its
 * cell with its rule and nothing else found; a consistent pair with no finding; the province's
 * rule only where the settings turn it on; the roundings provinces print accepted; and never a
 * target-table finding on a 自评表 or 监控表.
 */
import { planDepartment, planGrid, planSelfEval } from "../../../src/core/layout";
import {
  resolveSettings,
  reviewSelfEval,
  reviewSheets,
  RULES,
  shownOfModel,
} from "../../../src/core/review";
import { cleanDepartment } from "../../fixtures/clean-department";
import {
  consistentSelfEval,
  DEFECTS,
  SELFEVAL_ROWS,
  yearAfterWorkbook,
} from "../../fixtures/year-after-workbook";
import { expectFindingsOnSheets } from "../../helpers/findings-exist";

const only = (id: string, severity = "warning") =>
  resolveSettings({
    rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === id ? severity : "off"])),
  });

describe("a workbook of 自评表 and 监控表 with one planted defect per rule", () => {
  const { sheets, planted } = yearAfterWorkbook();
  const result = reviewSheets(sheets);

  it("finds each defect at its cell with its rule, and nothing else", () => {
    expect(result.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, rule: f.rule }))).toEqual(
      planted
    );
    expect(result.selfEvaluations + result.monitorings).toBe(sheets.length);
    expect(result.notes).toEqual([]);
  });

  it("plants a defect for every 自评表 and 监控表 rule but the province's", () => {
    const tableRules = RULES.filter((r) => (r.selfEval || r.monitor) && !r.meta.optIn);
    expect(new Set(DEFECTS.map((d) => d.rule))).toEqual(new Set(tableRules.map((r) => r.meta.id)));
  });

  it.each(DEFECTS.map((d) => [d.name, d] as const))(
    "%s: found by its rule alone",
    (_name, defect) => {
      const one = yearAfterWorkbook([defect]);
      const active = only(defect.rule);
      if (!active.ok) throw new Error(active.error);
      const found = reviewSheets(one.sheets, active.value).findings;
      expect(found.map((f) => [f.sheet, f.cell, f.rule, f.severity])).toEqual([
        [one.planted[0].sheet, defect.cell, `review/${defect.rule}`, "warning"],
      ]);
      expect(found[0].message).toMatch(/[\u4e00-\u9fff]/);
      expect(found[0].message).not.toMatch(/\{\w+\}/);
    }
  );

  it("names a sheet and a cell that exist for every finding", () => {
    expectFindingsOnSheets(result.findings, sheets);
  });
});

describe("the consistent pair", () => {
  const { sheets } = yearAfterWorkbook([]);

  it("has no finding, with every rule on", () => {
    const all = resolveSettings({
      rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.severity])),
    });
    if (!all.ok) throw new Error(all.error);
    expect(reviewSheets(sheets, all.value).findings).toEqual([]);
  });

  it("counts the budget line's 分值: 90 on the rows and 10 on the budget is 100", () => {
    const evaluation = consistentSelfEval();
    const rows = evaluation.results.reduce((s, r) => s + (r.weight ?? 0), 0);
    expect([rows, evaluation.execution.weight]).toEqual([90, 10]);
    const active = only("selfeval-weights");
    if (!active.ok) throw new Error(active.error);
    expect(reviewSelfEval(evaluation, shownOfModel(evaluation), 0, active.value)).toEqual([]);
    evaluation.execution.weight = null; // the budget line's 分值 left out: 90 in all
    expect(
      reviewSelfEval(evaluation, shownOfModel(evaluation), 0, active.value).map((f) => f.messageId)
    ).toEqual(["total"]);
  });
});

describe("the province's 130% rule", () => {
  const over = consistentSelfEval();
  over.results[6].actual = "125%"; // ≥95% exceeded by more than 30%
  const sheets = [{ name: "自评", grid: planGrid(planSelfEval(over, "自评")) }];

  it("is off by default", () => {
    expect(reviewSheets(sheets).findings).toEqual([]);
  });

  it("asks a reason where the settings turn it on", () => {
    const active = resolveSettings({ rules: { "selfeval-over-reason": "warning" } });
    if (!active.ok) throw new Error(active.error);
    const found = reviewSheets(sheets, active.value).findings.filter(
      (f) => f.rule === "review/selfeval-over-reason"
    );
    expect(found.map((f) => f.cell)).toEqual([`H${SELFEVAL_ROWS.first + 6}`]);
  });
});

describe("the budget line's 得分 under the provinces' roundings", () => {
  // 执行率 94.62%, 分值 10: exactly 9.462.
  const evaluation = consistentSelfEval();
  evaluation.funds[0].adjusted = 100;
  evaluation.funds[0].spent = 94.62;
  const review = (score: number, rounding?: string) => {
    const settings = rounding
      ? { rules: { "selfeval-execution-score": ["error", { rounding }] } }
      : {};
    const active = resolveSettings(settings);
    if (!active.ok) throw new Error(active.error);
    const shown = { ...shownOfModel(evaluation), executionScore: score };
    return reviewSelfEval(evaluation, shown, 0, active.value)
      .filter((f) => f.rule === "review/selfeval-execution-score")
      .map((f) => f.at);
  };
  const at = [{ kind: "selfeval", table: 0, field: "executionScore" }];

  it.each([
    [9.46, undefined, []],
    [9.5, undefined, []],
    [9.4, undefined, []],
    [9, undefined, []],
    [9.3, undefined, at],
    [10, undefined, at],
    [9.46, "两位小数", []],
    [9.5, "一位小数", []],
    [9.4, "截断一位小数", []],
    [9.4, "一位小数", at],
    [9, "四舍五入取整", []],
    [9, "扣整分", []],
    [9, "两位小数", at],
  ] as const)("得分 %s (rounding %s)", (score, rounding, expected) => {
    expect(review(score, rounding)).toEqual(expected);
  });
});

describe("a 自评表 is never reviewed as a target table", () => {
  it("gives only 自评表 and 监控表 findings on a workbook of them", () => {
    const { sheets } = yearAfterWorkbook();
    const rules = new Set(reviewSheets(sheets).findings.map((f) => f.rule.split("/")[1]));
    for (const id of rules) expect(id).toMatch(/^(selfeval|monitor)-/);
  });

  it("gives no target finding on the 自评表 of a department workbook", () => {
    const department = planDepartment(cleanDepartment()).map((p) => ({
      name: p.name,
      grid: planGrid(p),
    }));
    const { sheets } = yearAfterWorkbook();
    const result = reviewSheets([...department, ...sheets]);
    const yearAfter = new Set(sheets.map((s) => s.name));
    for (const f of result.findings)
      if (yearAfter.has(f.sheet ?? "")) expect(f.rule).toMatch(/^review\/(selfeval|monitor)-/);
    expectFindingsOnSheets(result.findings, [...department, ...sheets]);
  });
});
