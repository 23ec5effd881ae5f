/** PT.CHECK truth table: the export `check` of src/functions/functions.ts, as Excel calls it. */
import { CellError, check } from "../../src/functions/functions";

type Row = [actual: unknown, target: unknown, indicator: unknown, expected: string];

const TRUTH_TABLE: Row[] = [
  // symbols against plain numbers
  [96, "≥95", null, "达标"],
  [95, "≥95", null, "达标"],
  [94.9, "≥95", null, "未达标"],
  [95, ">95", null, "未达标"],
  [95.1, ">95", null, "达标"],
  [5, "≤5", null, "达标"],
  [5.01, "≤5", null, "未达标"],
  [4, "<5", null, "达标"],
  [5, "<5", null, "未达标"],
  [1, ">0", null, "达标"],
  [0, ">0", null, "未达标"],
  [100, "=100", null, "达标"],
  [99, "=100", null, "未达标"],
  // percentages in all their forms
  [0.96, "≥95%", null, "达标"],
  [0.95, "≥95%", null, "达标"],
  [0.949, "≥95%", null, "未达标"],
  [96, "≥95%", null, "达标"],
  [94, "≥95%", null, "未达标"],
  ["96%", "≥95%", null, "达标"],
  ["94.5%", "≥95%", null, "未达标"],
  ["９６％", "≥95%", null, "达标"],
  [1, "=100%", null, "达标"],
  [0.999, "=100%", null, "未达标"],
  ["100%", "=100%", null, "达标"],
  [0.03, "≤5%", null, "达标"],
  [0.06, "≤5%", null, "未达标"],
  ["0.4‰", "≤0.5‰", null, "达标"],
  ["96%", 0.95, null, "达标"],
  [0.9, 0.95, null, "未达标"],
  // word comparators and suffixes
  [96, "95%以上", null, "达标"],
  [0.04, "控制在5%以内", null, "达标"],
  [21, "不少于20场", null, "达标"],
  // units that convert, units that do not
  [800, "≤766元/人", null, "未达标"],
  ["0.07万元/人", "≤766元/人", null, "达标"],
  ["700元", "≤766元/人", null, "达标"],
  ["1.2公里", "≥1000米", null, "达标"],
  ["90000厘米", "≥1000米", null, "未达标"],
  ["0.3km", "≥266米", null, "达标"],
  ["260万元", "≥250万", null, "达标"],
  [26000, "≤2.5万元", null, "未达标"],
  // no symbol: the indicator decides
  [23, "23 个", null, "达标"],
  [22, "23 个", "数量指标", "未达标"],
  [25, "23 个", "数量指标", "达标"],
  [700, "766 元/人", "成本指标", "达标"],
  [800, "766 元/人", "成本指标", "未达标"],
  [800, "766 元/人", null, "达标"],
  [0.98, "95%", "满意度指标", "达标"],
  [3, "2 起", "安全事故发生率", "未达标"],
  // ranges
  [0.95, "90%-100%", null, "达标"],
  [0.85, "90%-100%", null, "未达标"],
  ["4个", "3-5个", null, "达标"],
  [6, "3-5个", null, "未达标"],
  [45200, "2023.07-2024.01", null, "达标"],
  ["2024-03-01", "2023.07-2024.01", null, "未达标"],
  ["2024年5月", "2024年6月底前", null, "达标"],
  ["2024-07-02", "2024年6月底前", null, "未达标"],
  // qualitative and reference targets
  ["及时", "及时", null, "达标"],
  ["不及时", "及时", null, "待评价"],
  ["已完成", "及时", null, "达标"],
  ["未完成", "有所提升", null, "未达标"],
  ["明显提升", "有所提升", null, "待评价"],
  [true, "有所提高", null, "达标"],
  [false, "有所提高", null, "未达标"],
  [50, "提高服务水平", null, "待评价"],
  [230, "实际支出", "成本指标", "待评价"],
  ["达标", "人社局批复金额", null, "达标"],
  ["√", "实际支出", null, "达标"],
  ["达标", "≥95%", null, "达标"],
  ["×", "≥95%", null, "未达标"],
  // blanks: a fresh sheet stays clean
  [null, "≥95%", null, ""],
  [undefined, "≥95%", null, ""],
  ["", "≥95%", null, ""],
  ["   ", "≥95%", null, ""],
  [[[null]], "≥95%", null, ""],
  [[[0.97]], [["≥95%"]], null, "达标"],
];

describe("PT.CHECK truth table", () => {
  it("has at least 60 cases", () => {
    expect(TRUTH_TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(TRUTH_TABLE)("CHECK(%j, %j, %j) = %j", (actual, target, indicator, expected) => {
    expect(check(actual, target, indicator ?? undefined)).toBe(expected);
  });
});

describe("PT.CHECK on bad input returns a cell error with a Chinese message", () => {
  it.each<[unknown, unknown, RegExp]>([
    [96, "", /指标值为空/],
    [96, null, /指标值为空/],
    [96, "≥", /缺少数值/],
    [96, "≥abc", /之后应为数值/],
    [96, "???", /无法识别/],
    ["很好", "≥95%", /不是数值/],
    ["8人", "766 元/人", /单位不一致/],
    ["10人", "≥5万元", /单位不一致/],
    [{ x: 1 }, "≥95%", /无法识别/],
    [Number.NaN, "≥95%", /无法识别/],
    [96, true, /文字或数字/],
  ])("CHECK(%j, %j)", (actual, target, message) => {
    let thrown: unknown;
    try {
      check(actual, target);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CellError);
    expect((thrown as CellError).message).toMatch(message);
    expect((thrown as CellError).code).toBe("#VALUE!");
  });
});

describe("PT.CHECK inside Excel", () => {
  const original = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  class FakeError {
    constructor(
      readonly code: string,
      readonly message: string
    ) {}
  }
  beforeAll(() => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
  });
  afterAll(() => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = original;
  });

  it("throws CustomFunctions.Error(invalidValue, message), the documented way to show #VALUE!", () => {
    expect(() => check(96, "≥")).toThrow(FakeError as unknown as ErrorConstructor);
    try {
      check(96, "≥");
    } catch (error) {
      expect(error).toEqual(new FakeError("#VALUE!", "指标值“≥”缺少数值，例如 ≥95%"));
    }
  });
});
