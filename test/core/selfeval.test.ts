/** Self-evaluation rules of the core: weights spread from a split, totals, 偏差原因, findings. */
import { IndicatorRow, Project } from "../../src/core/model";
import {
  deviationOf,
  rowCheck,
  selfEvalFindings,
  selfEvaluationOf,
  totalGrade,
  totalScore,
  weightTotal,
} from "../../src/core/selfeval";
import { evenShares, spreadWeights, WEIGHT_SPLITS } from "../../src/core/weights";
import { LEVELS, readLevel } from "../../src/core/levels";
import fc from "fast-check";
import { roundHalfUp } from "../../src/core/score";
import { SEED_DEPARTMENT } from "../fixtures/seed-department";

const row = (level1: string, level2: string, value = "≥95%", level3 = "指标"): IndicatorRow => ({
  level1,
  level2,
  level3,
  description: "",
  value,
  basis: "",
});
const context = {
  department: "正定县城区街道办事处",
  unit: "正定县城区街道办事处本级",
  year: 2023,
};

describe("weights spread from a split", () => {
  it.each<[number, number, number[]]>([
    [50, 6, [9, 9, 8, 8, 8, 8]],
    [50, 7, [8, 7, 7, 7, 7, 7, 7]],
    [30, 2, [15, 15]],
    [10, 1, [10]],
    [10, 12, [0.84, 0.84, 0.84, 0.84, 0.83, 0.83, 0.83, 0.83, 0.83, 0.83, 0.83, 0.83]],
    [7.5, 2, [3.75, 3.75]],
    [0, 3, [0, 0, 0]],
    [40, 0, []],
  ])("%d points over %d rows: %j", (total, n, shares) => {
    expect(evenShares(total, n)).toEqual(shares);
    expect(roundHalfUp(shares.reduce((a, b) => a + b, 0))).toBe(n === 0 ? 0 : total);
  });

  it("gives 产出 50, 效益 30, 满意度 10 by default, evenly within each", () => {
    const rows = [
      row("产出指标", "数量指标"),
      row("产出指标", "质量指标"),
      row("效益指标", "社会效益指标"),
      row("满意度指标", "服务对象满意度指标"),
    ];
    expect(spreadWeights(rows, WEIGHT_SPLITS.财政部)).toEqual([25, 25, 30, 10]);
  });

  it("moves 满意度's points to 效益 when there is no 满意度 indicator", () => {
    const rows = [
      row("产出指标", "数量指标"),
      row("效益指标", "社会效益指标"),
      row("效益指标", "经济效益指标"),
    ];
    expect(spreadWeights(rows, WEIGHT_SPLITS.财政部)).toEqual([50, 20, 20]);
  });

  it("counts 成本指标 of the 2021 tree with 产出, and leaves unknown 一级 rows blank", () => {
    const rows = [
      row("成本指标", "经济成本指标", "≤5万元"),
      row("产出指标", "数量指标"),
      row("其他", "x"),
    ];
    expect(spreadWeights(rows, WEIGHT_SPLITS.财政部)).toEqual([25, 25, null]);
  });

  it("reads 一级 names printed with their points", () => {
    expect(spreadWeights([row("产出指标(50分)", "数量指标")], WEIGHT_SPLITS.财政部)).toEqual([50]);
  });

  it("follows another province's split: 湖北 执行 20, 产出 40, 效益+满意度 40", () => {
    const project = SEED_DEPARTMENT.projects[3];
    const evaluation = selfEvaluationOf(project, context, WEIGHT_SPLITS.湖北);
    expect(evaluation.execution.weight).toBe(20);
    expect(evaluation.results.map((r) => r.weight)).toEqual([10, 10, 10, 10, 14, 13, 13]);
    expect(weightTotal(evaluation)).toBe(100);
  });

  it("sums to 100 for every seed project under every split", () => {
    for (const split of Object.values(WEIGHT_SPLITS))
      for (const project of SEED_DEPARTMENT.projects)
        expect(weightTotal(selfEvaluationOf(project, context, split))).toBe(100);
  });
});

describe("a self-evaluation made from a project", () => {
  const project: Project = SEED_DEPARTMENT.projects[3]; // 居委会退休干部补助经费
  const fresh = () => selfEvaluationOf(project, context);

  it("keeps what the 自评表 shows of the project and nothing achieved yet", () => {
    const evaluation = fresh();
    expect(evaluation.project.name).toBe(project.name);
    expect(evaluation.project.indicators.map((r) => r.value)).toEqual(
      project.indicators.map((r) => r.value)
    );
    expect(evaluation.project.indicators.every((r) => r.description === "" && r.basis === "")).toBe(
      true
    );
    expect(evaluation.funds.map((f) => [f.label, f.initial, f.spent])).toEqual([
      ["年度资金总额", 9.2, null],
      ["其中：财政资金", 9.2, null],
      ["其他资金", null, null],
    ]);
    expect(evaluation.results.every((r) => r.actual === null && r.score === null)).toBe(true);
    expect(totalScore(evaluation)).toBeNull();
    expect(totalGrade(evaluation)).toBe("");
  });

  it("totals execution and rows to the cent and grades it", () => {
    const evaluation = fresh();
    evaluation.funds[0].spent = 9.2;
    const actuals: (string | number)[] = [
      10,
      1,
      LEVELS[0].text,
      766,
      LEVELS[0].text,
      LEVELS[1].text,
      0.97,
    ];
    actuals.forEach((a, i) => (evaluation.results[i].actual = a));
    // 10 + 13 + 13 + 0.8×12 + 12 + 0.8×15 + 0.6×15 + 10
    expect(totalScore(evaluation)).toBe(88.6);
    expect(totalGrade(evaluation)).toBe("良");
    evaluation.results[5].score = 11.9; // raised within 部分达成's band
    expect(totalScore(evaluation)).toBe(91.5);
    expect(totalGrade(evaluation)).toBe("优");
  });

  it("asks for a 偏差原因 where the budget system does, and stops asking once there is one", () => {
    const evaluation = fresh();
    evaluation.funds[0].spent = 8; // 86.96%
    evaluation.results[0].actual = 9; // 9 人 of 10: missed
    evaluation.results[1].actual = 1;
    evaluation.results[3].actual = 700; // ≤766 (成本): fine, even far below
    evaluation.results[6].actual = 125; // 125% against ≥95%: exceeded by 30% or more
    evaluation.results[4].actual = LEVELS[2].text;
    evaluation.results[5].actual = LEVELS[0].text;
    evaluation.results[5].score = 5; // below 达成's band (12–15)
    expect(selfEvalFindings(evaluation).map((p) => [p.rule, p.at])).toEqual([
      ["selfeval/execution-reason", { kind: "project", project: 0 }],
      ["selfeval/reason-missing", { kind: "indicator", project: 0, row: 0 }],
      ["selfeval/reason-missing", { kind: "indicator", project: 0, row: 4 }],
      ["selfeval/score-outside-band", { kind: "indicator", project: 0, row: 5 }],
    ]);
    // 130% asks a reason only where the 评分方案 turns that rule on (湖北's system), as the review.
    expect(rowCheck(evaluation, 6)).toBe("");
    evaluation.preset = "湖北";
    expect(rowCheck(evaluation, 6)).toBe("超出指标值30%以上，需填写偏差原因");
    expect(selfEvalFindings(evaluation).map((p) => [p.rule, p.at])).toContainEqual([
      "selfeval/reason-missing",
      { kind: "indicator", project: 0, row: 6 },
    ]);
    evaluation.execution.reason = "年底追加资金未及支付";
    evaluation.results[0].reason = "一人去世";
    evaluation.results[4].reason = "消费带动有限";
    evaluation.results[5].score = 13;
    evaluation.results[6].reason = "满意度调查样本较少";
    expect(selfEvalFindings(evaluation)).toEqual([]);
  });

  it("flags weights that do not sum to 100", () => {
    const evaluation = fresh();
    evaluation.results[0].weight = 20;
    expect(selfEvalFindings(evaluation).map((p) => p.message)).toEqual([
      "分值合计应为100（现为 107）",
    ]);
  });
});

describe("deviation", () => {
  it.each<[unknown, string, string, string | null]>([
    [0.9, "≥95%", "", "miss"],
    [0.95, "≥95%", "", null],
    [124, "≥95%", "", "over"],
    [123, "≥95%", "", null],
    [130, "≥100", "", "over"],
    [129.9, "≥100", "", null],
    [800, "766 元/人", "成本指标", "miss"],
    [300, "766 元/人", "成本指标", null],
    [13, "10 人", "数量指标", "over"],
    [0.85, "90%-100%", "", "miss"],
    ["部分达成", "及时", "", "miss"],
    ["未达成年度指标且效果较差", "≥95%", "", "miss"],
    ["达成年度指标", "及时", "", null],
    ["及时", "及时", "", null],
    [null, "≥95%", "", null],
    ["2024-07-02", "2024年6月底前", "", "miss"],
  ])("%j against %j (%s): %j", (actual, target, indicator, expected) => {
    expect(deviationOf(actual, target, indicator)).toBe(expected);
  });
});

describe("the three levels", () => {
  it("read in full, in short forms, with spaces or full-width forms", () => {
    expect(readLevel("达成年度指标")?.id).toBe("met");
    expect(readLevel(" 部分达成 ")?.id).toBe("partial");
    expect(readLevel("未达成年度指标且效果较差")?.id).toBe("unmet");
    expect(readLevel("有所提升")).toBeNull();
    expect(LEVELS.map((l) => [l.band.low, l.band.high])).toEqual([
      [0.8, 1],
      [0.6, 0.8],
      [0, 0.6],
    ]);
  });
});

describe("rounding as a spreadsheet's ROUND", () => {
  it.each<[number, number]>([
    [1.005, 1.01],
    [2.675, 2.68],
    [-1.005, -1.01],
    [0.125, 0.13],
    [1.0049999, 1],
    [9.4736842, 9.47],
    [0, 0],
    [-0.001, 0],
  ])("ROUND(%d, 2) = %d", (value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });

  it("rounds every written half cent up, whatever its binary form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const half = Number(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}5`);
        expect(roundHalfUp(half)).toBe((cents + 1) / 100);
      })
    );
  });
});
