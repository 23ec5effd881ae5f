/**
 * The review in cells: PT.REVIEW over a row's six cells, the project sheet's 审核 column beside
 * the live check (formula, value at writing time, built-in formula for files without the add-in),
 * and the sheet's funds and plan flags, which are the funds-sum and plan-end rules as formulas.
 */
import fc from "fast-check";
import { planDepartment, planProject, SheetPlan } from "../../../src/core/layout";
import { FormulaCell, isFormula, parseCell, PlanCell } from "../../../src/core/layout/plan";
import { reviewProject } from "../../../src/core/review";
import { review } from "../../../src/functions/functions";
import { cleanDepartment } from "../../fixtures/clean-department";
import { SEED_DEPARTMENT } from "../../fixtures/seed-department";

function at(plan: SheetPlan, address: string): PlanCell | undefined {
  const { row, column } = parseCell(address);
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    const cell = block.rows[row - origin.row]?.[column - origin.column];
    if (cell !== undefined && cell !== null) return cell;
  }
  return undefined;
}

describe("PT.REVIEW", () => {
  it.each<[string[], string]>([
    [
      ["产出指标", "成本指标", "支付各项工作费用", "支付费用总额", "≥95%", "以往经验"],
      "错误：成本指标“支付各项工作费用”的指标值“≥95%”是完成率：成本指标应写成本标准，如“≤766元/人”“≤23万元”",
    ],
    [
      ["产出指标", "数量指标", "发放补助人数", "领取补助人数", "", "计划标准"],
      "错误：请填写指标值",
    ],
    [
      ["产出指标", "数量指标", "发放补助人数", "发放补助人数", "=10人", "计划标准"],
      "警告：绩效指标描述只重复了三级指标：请写明指标的含义、统计口径或计算方法",
    ],
    [["产出指标", "数量指标", "发放补助人数", "领取补助人数", "=10人", "计划标准"], ""],
    [["", "", "", "", "", ""], ""],
  ])("%j → %s", async (cells, shown) => {
    expect(await review(...(cells as [string, string, string, string, string, string]))).toBe(
      shown
    );
  });

  it("puts an error before a warning on the same row", async () => {
    // The description repeats (warning) and the satisfaction has no % (error).
    expect(
      await review("满意度指标", "服务对象满意度指标", "群众满意度", "群众满意度", "≥95", "")
    ).toMatch(/^错误：指标值“≥95”没有单位/);
  });

  it("takes cells as hosts hand them over: numbers, 1×1 arrays, empties", async () => {
    expect(
      await review("满意度指标", "服务对象满意度指标", "群众满意度", "调查", 0.95, null)
    ).toMatch(/^错误：指标值“0.95”没有单位/);
    expect(
      await review([["产出指标"]], "时效指标", "及时性", "按时发放", [["及时"]], undefined)
    ).toBe("");
  });
});

describe("the 审核 column of a project sheet", () => {
  const plans = planDepartment(SEED_DEPARTMENT);

  it("has a PT.REVIEW per indicator row beside the live check, outside the print area", () => {
    const plan = plans[1]; // 1.城镇建设工作经费, rows 11–16, 产出 merged over 11–14
    expect(at(plan, "I10")).toBe("审核");
    expect(at(plan, "I11")).toMatchObject({ formula: "PT.REVIEW(A11,B11,C11,D11,E11,F11)" });
    expect(at(plan, "I12")).toMatchObject({ formula: "PT.REVIEW($A$11,B12,C12,D12,E12,F12)" });
    expect(plan.print.area).toBe("A1:F16");
    expect(plan.conditionalFormats.filter((cf) => cf.range === "I11:I16")).toEqual([
      { range: "I11:I16", formula: 'LEFT($I11,2)="错误"', fill: "#FFC7CE", fontColor: "#9C0006" },
      { range: "I11:I16", formula: 'LEFT($I11,2)="警告"', fill: "#FFEB9C", fontColor: "#9C5700" },
    ]);
  });

  it("writes each row's first finding as PT.REVIEW gives it", async () => {
    for (const [p, project] of SEED_DEPARTMENT.projects.entries())
      for (const [i, row] of project.indicators.entries()) {
        const cell = at(plans[p + 1], `I${11 + i}`) as FormulaCell;
        const { level1, level2, level3, description, value, basis } = row;
        expect(cell.value).toBe(await review(level1, level2, level3, description, value, basis));
      }
    expect((at(plans[1], "I14") as FormulaCell).value).toMatch(/^错误：成本指标/);
    expect((at(plans[1], "I12") as FormulaCell).value).toBe("");
  });

  it("keeps built-in formulas for files without the add-in: empty cells live, the rest as written", () => {
    const cost = at(plans[1], "I14") as FormulaCell;
    expect(cost.standalone).toMatch(/^IF\(LEN\(\$A\$11&B14&C14&D14&E14&F14\)=0,"",/);
    expect(cost.standalone).toContain('IF(TRIM(E14)="","错误：请填写指标值",');
    // The cost-rate finding stays only while the row holds what was written.
    expect(cost.standalone).toContain('E14="≥95%"');
    expect(cost.standalone).toContain(`"${cost.value}"`);
    const fine = at(plans[1], "I12") as FormulaCell;
    expect(fine.standalone).toMatch(/,""\)\)\)\)\)$/);
  });

  it("has a review cell for the blank row of an empty table, blank itself", () => {
    const plan = planProject(
      { ...SEED_DEPARTMENT.projects[0], indicators: [] },
      { index: 1, unitCode: "", unitName: "", year: null },
      "空表"
    );
    expect(at(plan, "I11")).toMatchObject({
      value: "",
      formula: "PT.REVIEW(A11,B11,C11,D11,E11,F11)",
    });
  });
});

describe("the sheet's flags are the funds-sum and plan-end rules", () => {
  const amount = fc.option(
    fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    { nil: null }
  );

  it("show a message exactly when the rule finds something, and the rule's message", () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, (budget, fiscal, other, yearEnd) => {
        const base = cleanDepartment().projects[0];
        const project = {
          ...base,
          budget,
          fiscalFunds: fiscal,
          otherFunds: other,
          schedule: base.schedule.map((s, i) => (i === 3 ? { ...s, amount: yearEnd } : s)),
        };
        const plan = planProject(
          project,
          { index: 1, unitCode: "", unitName: "", year: null },
          "S"
        );
        const found = reviewProject(project);
        for (const [cell, rule] of [
          ["G5", "review/funds-sum"],
          ["G8", "review/plan-end"],
        ]) {
          const flag = at(plan, cell) as FormulaCell;
          const finding = found.find((p) => p.rule === rule);
          expect(flag.value).toBe(finding ? finding.message : "");
          expect(isFormula(flag) && flag.standalone).toBe(flag.formula);
        }
      }),
      { numRuns: 300 }
    );
  });
});
