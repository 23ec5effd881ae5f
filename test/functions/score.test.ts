/**
 * PT.SCORE and PT.GRADE truth tables (the exports `score` and `grade` of src/functions), and
 * PT.LIGHT's rule-set option. The same cases run through the WPS start page in test/e2e/wps.test.ts.
 */
import { CellError, grade, light, score } from "../../src/functions/functions";
import { GRADE_TABLE, SCORE_ERRORS, SCORE_TABLE } from "../fixtures/score-cases";

describe("PT.SCORE truth table", () => {
  it("has at least 50 cases", () => {
    expect(SCORE_TABLE.length).toBeGreaterThanOrEqual(50);
  });

  it.each(SCORE_TABLE)(
    "SCORE(%j, %j, %j, %j, %j) = %j",
    (actual, target, weight, indicator, method, expected) => {
      expect(score(actual, target, weight, indicator ?? undefined, method ?? undefined)).toBe(
        expected
      );
    }
  );
});

describe("PT.SCORE on bad input returns a cell error with a Chinese message", () => {
  it.each(SCORE_ERRORS)("SCORE(%j)", (args, message) => {
    let thrown: unknown;
    try {
      score(...(args as [unknown, unknown, unknown]));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CellError);
    expect((thrown as CellError).message).toMatch(message);
  });
});

describe("PT.GRADE at every band edge", () => {
  it.each(GRADE_TABLE)("GRADE(%j) = %j", (total, expected) => {
    expect(grade(total)).toBe(expected);
  });

  it.each<[unknown, RegExp]>([
    [100.01, /0 到 100/],
    [-0.01, /0 到 100/],
    [1000, /0 到 100/],
    ["优秀", /总分应为数字/],
    [true, /总分应为数字/],
  ])("GRADE(%j) is a cell error", (total, message) => {
    expect(() => grade(total)).toThrow(message);
  });
});

describe("PT.LIGHT's rule set", () => {
  it("keeps the 山西 rule by default, with blue at 120% and above", () => {
    expect(light(300, 230, "2023-06-30")).toBe("蓝灯");
    expect(light(300, 230, "2023-06-30", "山西")).toBe("蓝灯");
    expect(light(76, 230, "2023-06-30")).toBe("黄灯");
  });

  it.each<[number, string, string]>([
    [300, "山西", "蓝灯"],
    [300, "一体化", "绿灯"], // no blue in the budget system: 2.6 × 序时进度
    [100, "一体化", "绿灯"], // 43.5% ÷ 50% = 87%
    [80, "一体化", "黄灯"], // 69.6%
    [60, "一体化", "红灯"], // 52.2%
    [60, "预算系统", "红灯"],
  ])("spent %d of 230 by 2023-06-30, rule %s: %s", (spent, rule, expected) => {
    expect(light(spent, 230, "2023-06-30", rule)).toBe(expected);
  });

  it("says which rules there are when the option is wrong", () => {
    expect(() => light(76, 230, "2023-06-30", "北京")).toThrow(/山西 或 一体化/);
  });
});
