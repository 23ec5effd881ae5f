/** PT.CHECK truth table: the export `check` of src/functions/functions.ts, as Excel calls it. */
import { serialFromYMD } from "../../src/core/dates";
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
  ["不及时", "及时", null, "未达标"], // a negation of the target (issue 18)
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

const day = (y: number, m: number, d: number) => serialFromYMD(y, m, d);

/** The forms of other provinces' tables (test/core/target.field.test.ts), one family at a time. */
const FIELD_CASES: Row[] = [
  // unit words: 百分比 is %, 百分点 compares only with 百分点 or a plain number
  [1, "≥100百分比", null, "达标"],
  ["98%", "≥100百分比", null, "未达标"],
  [3, "≥2个百分点", null, "达标"],
  ["1.5个百分点", "≥2个百分点", null, "未达标"],
  ["2百分点", "≥2个百分点", null, "达标"],
  // compound per-units convert through every part
  ["1100元/人·年", "≤1200元/人·年", null, "达标"],
  ["95元/人/月", "≤1200元/人·年", null, "达标"],
  ["110元/人·月", "≤1200元/人·年", null, "未达标"],
  ["0.12万元/人·年", "≤1200元/人·年", null, "达标"],
  ["140元/米", "≤15万元/公里", null, "达标"],
  ["160元/米", "≤15万元/公里", null, "未达标"],
  [14, "≤15万元/公里", null, "达标"],
  ["780元/平方米", "≤800元/平方米", null, "达标"],
  ["5200元", "≤5000元/场", null, "未达标"],
  // 万 and 亿 before any unit
  [32000, "3万册", "数量指标", "达标"],
  ["2.9万册", "≥3万册", null, "未达标"],
  ["31000册", "≥3万册", null, "达标"],
  ["16000人次", "≥1.5万人次", null, "达标"],
  ["12000万元", "≤1.2亿元", null, "达标"],
  ["13000万元", "≤1.2亿元", null, "未达标"],
  // area and time
  ["35公顷", "≥500亩", null, "达标"],
  ["30公顷", "≥500亩", null, "未达标"],
  ["5000平方米", "≥0.5公顷", null, "达标"],
  ["3200㎡", "≥3000平方米", null, "达标"],
  ["1天", "≤8小时", null, "未达标"],
  ["90分钟", "≤2小时", null, "达标"],
  ["2个工作日", "≤3个工作日", null, "达标"],
  ["1年", "≤18个月", null, "达标"],
  // brackets after the value are remarks, on either side
  [0.96, "≥95%(行业标准)", null, "达标"],
  ["94%", "≥95%（行业标准）", null, "未达标"],
  ["96%(抽样)", "≥95%", null, "达标"],
  [0.97, "90%-100%(行业标准)", null, "达标"],
  // a comparison inside a sentence
  [3, "不少于3次培训", null, "达标"],
  ["2次", "不少于3次培训", null, "未达标"],
  [6, "全年至少开展5次", null, "达标"],
  [0.96, "完成率达到95%以上", null, "达标"],
  ["89%", "群众满意度达90%以上", null, "未达标"],
  [2, "3个工作日内办结", null, "达标"],
  ["4个工作日", "3个工作日内办结", null, "未达标"],
  [5, "2024年完成", null, "待评价"],
  [1, "1套系统", null, "达标"],
  ["98%", "100%完成", null, "未达标"],
  // deadlines and months of the budget year
  ["2024-11-20", "2024年11月底前完成", null, "达标"],
  [day(2024, 12, 5), "2024年11月底前", null, "未达标"],
  ["2024年底", "2024年底前", null, "达标"],
  [day(2024, 11, 20), "11月底前", null, "达标"],
  ["2024-12-02", "11月底前", null, "未达标"],
  [12, "11月底前", null, "未达标"],
  ["11月", "12月底前完成", null, "达标"],
  ["12月", "1-12月", null, "达标"],
  ["2024-06-30", "2024年内", null, "达标"],
  // spaces anywhere, ⩾ from PDFs
  [12, "≥ 12 个", null, "达标"],
  ["7 小时", "≤ 8 小时", null, "达标"],
  [0.95, "> = 95%", null, "达标"],
  [0.94, "⩾95%", null, "未达标"],
  // a lone 1: the number 1, which a percentage reads as 100%
  [1, "1", null, "达标"],
  ["100%", "1", null, "达标"],
  [0.9, "1", "满意度指标", "未达标"],
  // the budget system's levels settle any target
  ["达成年度指标", "有所提升", null, "达标"],
  ["部分达成年度指标并具有一定效果", "有所提升", null, "待评价"],
  ["未达成年度指标且效果较差", "有所提升", null, "未达标"],
  ["达成预期指标", "效果明显", null, "达标"],
  ["未完成预期指标且效果较差", "效果明显", null, "未达标"],
  ["部分达成", "及时", null, "待评价"],
  ["基本达成", "及时", null, "待评价"],
  ["达成年度指标", "≥95%", null, "达标"],
  ["部分达成年度指标并具有一定效果", "≥95%", null, "待评价"],
];

describe("PT.CHECK on the forms of other provinces' tables", () => {
  it.each(FIELD_CASES)("CHECK(%j, %j, %j) = %j", (actual, target, indicator, expected) => {
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
    [96, "百分比", /只有单位/],
    ["3%", "≥2个百分点", /百分点是两个百分率之差/],
    ["5天", "≤3个工作日", /工作日不换算为天/],
    ["40天", "≤3个月", /月的天数不固定/],
    ["很快", "11月底前", /不是月份或日期/],
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
