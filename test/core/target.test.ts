import {
  DATE_UNIT,
  describeTarget,
  formatTarget,
  parseTarget,
  Target,
} from "../../src/core/target";
import { serialFromYMD } from "../../src/core/dates";
import { convert, splitUnit, unitInfo, unitOf } from "../../src/core/units";

const q = (
  symbol: Target extends infer T ? (T extends { symbol: infer S } ? S : never) : never,
  value: number,
  unit = ""
) => ({ kind: "quantitative", symbol, value, unit }) as Target;

describe("parseTarget: the forms of DESIGN §2", () => {
  it.each<[string, Target]>([
    ["≥95%", q("≥", 95, "%")],
    ["=100%", q("=", 100, "%")],
    ["≤5%", q("≤", 5, "%")],
    [">0", q(">", 0)],
    ["<3次", q("<", 3, "次")],
    ["≥80M", q("≥", 80, "M")],
    ["≥266米", q("≥", 266, "米")],
    ["≥1000人", q("≥", 1000, "人")],
    ["250万", q(null, 250, "万")],
    ["20万元", q(null, 20, "万元")],
    ["10辆", q(null, 10, "辆")],
    ["≥1,000 人次", q("≥", 1000, "人次")],
    ["＞＝９５％", q("≥", 95, "%")],
    [">=95%", q("≥", 95, "%")],
    ["≧95%", q("≥", 95, "%")],
    ["不低于95%", q("≥", 95, "%")],
    ["不少于 20 场", q("≥", 20, "场")],
    ["不超过 766 元/人", q("≤", 766, "元/人")],
    ["控制在5%以内", q("≤", 5, "%")],
    ["95%以上", q("≥", 95, "%")],
    ["3天以内", q("≤", 3, "天")],
    ["大于或等于 0.5‰", q("≥", 0.5, "‰")],
    ["-5%", q(null, -5, "%")],
    ["优良", { kind: "qualitative", text: "优良" }],
    ["显著提升", { kind: "qualitative", text: "显著提升" }],
    ["达到预期", { kind: "qualitative", text: "达到预期" }],
    ["不低于去年水平", { kind: "qualitative", text: "不低于去年水平" }],
    ["达到国家标准以上", { kind: "qualitative", text: "达到国家标准以上" }],
    ["据实结算", { kind: "reference", text: "据实结算" }],
    ["以财政批复为准", { kind: "reference", text: "以财政批复为准" }],
    ["90%-100%", { kind: "range", low: 90, high: 100, unit: "%" }],
    ["90-100%", { kind: "range", low: 90, high: 100, unit: "%" }],
    ["3~5个", { kind: "range", low: 3, high: 5, unit: "个" }],
    ["3至5个", { kind: "range", low: 3, high: 5, unit: "个" }],
    [
      "2023.07-2024.01",
      {
        kind: "range",
        low: serialFromYMD(2023, 7, 1),
        high: serialFromYMD(2024, 1, 31),
        unit: DATE_UNIT,
      },
    ],
    ["2024年6月底前", q("≤", serialFromYMD(2024, 6, 30), DATE_UNIT)],
    ["≤2024-11-15", q("≤", serialFromYMD(2024, 11, 15), DATE_UNIT)],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: expected });
  });

  it("accepts a number from a cell as a target without symbol", () => {
    expect(parseTarget(0.95)).toEqual({ ok: true, value: q(null, 0.95) });
  });
});

describe("parseTarget: what it refuses, with a reason in Chinese", () => {
  it.each<[unknown, RegExp]>([
    ["", /为空/],
    ["   ", /为空/],
    [null, /为空/],
    ["≥", /缺少数值/],
    ["≥abc", /之后应为数值/],
    ["=95%%", /之后应为数值/],
    ["???", /无法识别/],
    ["100%-90%", /下限大于上限/],
    ["3个-5元", /单位不同/],
    ["2024.05-2023.01", /开始晚于结束/],
    ["≥95%以下", /前后矛盾/],
    [true, /文字或数字/],
    [Number.NaN, /有效数字/],
    ["1e400", /无法识别/],
  ])("%j", (text, message) => {
    const result = parseTarget(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("formatTarget: canonical text", () => {
  it.each([
    ["23 个", "23个"],
    ["＞＝９５％", "≥95%"],
    ["95%以上", "≥95%"],
    ["不超过 766 元/人", "≤766元/人"],
    ["≥95.0%", "≥95%"],
    ["90-100%", "90%-100%"],
    ["3~5个", "3-5个"],
    ["2023年7月-2024年1月", "2023.07-2024.01"],
    ["2024年6月底前", "≤2024.06.30"],
    ["提高服务水\n平", "提高服务水平"],
  ])("%j → %j", (text, canonical) => {
    const parsed = parseTarget(text);
    expect(parsed.ok && formatTarget(parsed.value)).toBe(canonical);
  });
});

describe("describeTarget", () => {
  it.each([
    ["≥95%", "定量指标：不低于 95%"],
    ["23 个", "定量指标：23个（未写比较符号，按指标方向判断）"],
    ["90%-100%", "区间指标：90% 至 100%"],
    ["2023.07-2024.01", "时间区间：2023.07 至 2024.01"],
    ["及时", "定性指标：“及时”，由人工评价"],
    ["实际支出", "引用指标：以“实际支出”为准，由人工核对"],
  ])("%j", (text, words) => {
    const parsed = parseTarget(text);
    expect(parsed.ok && describeTarget(parsed.value)).toBe(words);
  });
});

describe("units", () => {
  it.each<[number, string, string, number | null]>([
    [1, "万元", "元", 10000],
    [2.5, "亿元", "万元", 25000],
    [1.2, "公里", "米", 1200],
    [150, "厘米", "米", 1.5],
    [3, "km", "m", 3000],
    [15, "亩", "公顷", 1],
    [2, "吨", "公斤", 2000],
    [0.08, "万元/人", "元/人", 800],
    [5, "‰", "%", 0.5],
    [3, "万人次", "人次", 30000],
    [10, "人", "元", null],
    [10, "人", "人次", null],
    [1, "元/人", "元/户", null],
    [1, "万元/公里", "元/米", 10],
    [1200, "元/人·年", "元/人·月", 100],
    [100, "元/人/月", "元/人·月", 100],
    [100, "元/月·人", "元/人·月", 100],
    [2, "次/年", "次/月", 1 / 6],
    [1, "天", "小时", 24],
    [90, "分钟", "小时", 1.5],
    [1, "年", "个月", 12],
    [2, "季度", "月", 6],
    [95, "百分比", "%", 95],
    [3, "万册", "册", 30000],
    [1, "亿元", "万元", 10000],
    [2, "个百分点", "百分点", 2],
    [1, "个百分点", "%", null],
    [1, "工作日", "天", null],
    [1, "月", "天", null],
  ])("%d %s in %s", (value, from, to, expected) => {
    const result = convert(value, from, to);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 9);
  });

  it.each<[string, string | null]>([
    ["次", "次"],
    ["次培训", null],
    ["人次", "人次"],
    ["台套", "台套"],
    ["万人次", "万人次"],
    ["元/人·年", "元/人·年"],
    ["元/生·年", "元/生·年"],
    ["百分比", "%"],
    ["m2", "平方米"],
    ["幢", "幢"],
    ["Mbps", "Mbps"],
    ["以内", null],
    ["%%", null],
    ["个工作日内", null],
  ])("the unit of %j is %j", (text, unit) => {
    expect(unitOf(text)).toBe(unit);
  });

  it("finds where a unit ends inside a sentence", () => {
    expect(splitUnit("次培训")).toEqual({ unit: "次", rest: "培训" });
    expect(splitUnit("万元/公里,全年")).toEqual({ unit: "万元/公里", rest: ",全年" });
    expect(splitUnit("百分比")).toEqual({ unit: "百分比", rest: "" });
    expect(splitUnit("培训")).toEqual({ unit: "", rest: "培训" });
  });

  it("keeps counting units apart unless they are equal", () => {
    expect(unitInfo("辆")).toEqual({ base: "辆", factor: 1 });
    expect(unitInfo("万")).toEqual({ base: "", factor: 10000 });
  });
});
