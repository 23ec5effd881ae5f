/**
 * 指标值 as the field writes them (issue 18), as a truth table: each form with the Target a person
 * reads from it, its canonical text, and actual values that meet it and miss it through PT.CHECK.
 * The forms: comparator glyphs of printed and typed tables (≧ U+2267, ═ U+2550, ﹦, ＞＝, =>, ≯),
 * `*` and `×` in per-units, per-units without a numerator, ranges with any dash, zero targets as
 * none, months taking the budget year, negated and opposed actuals of qualitative targets, actuals
 * written as targets, and 1–2 as a ratio against a target of 50% or more.
 */
import { serialFromYMD } from "../../src/core/dates";
import { formatTarget, MONTH_UNIT, parseTarget, Target } from "../../src/core/target";
import type { Comparator } from "../../src/core/target";
import fc from "fast-check";
import { CellError, check, explain, score } from "../../src/functions/functions";
import { ROUNDINGS } from "../../src/core/rounding";
import { PRESETS } from "../../src/core/presets";

const q = (symbol: Comparator | null, value: number, unit = ""): Target => ({
  kind: "quantitative",
  symbol,
  value,
  unit,
});
const range = (low: number, high: number, unit: string): Target => ({
  kind: "range",
  low,
  high,
  unit,
});
const words = (text: string): Target => ({ kind: "qualitative", text });
const day = (y: number, m: number, d: number) => serialFromYMD(y, m, d);

interface Row {
  text: string;
  reading: Target | RegExp;
  /** The canonical text, when it differs from the text. */
  canonical?: string;
  meets?: unknown[];
  misses?: unknown[];
  indicator?: string;
  year?: number;
}

const row = (
  text: string,
  reading: Target | RegExp,
  canonical: string | undefined,
  meets: unknown[] = [],
  misses: unknown[] = [],
  more: Partial<Row> = {}
): Row => ({ text, reading, canonical, meets, misses, ...more });

const TABLE: Row[] = [
  // comparator glyphs as printed (≧ ═ U+2550, ﹦ folded by NFKC) and as typed
  row("≧95%", q("≥", 95, "%"), "≥95%", [0.95, "96%"], [0.94, "94%"]),
  row("≦5%", q("≤", 5, "%"), "≤5%", [0.05, "3%"], [0.06]),
  row("═100%", q("=", 100, "%"), "=100%", [1, "100%"], [0.98]),
  row("﹦100%", q("=", 100, "%"), "=100%", [1], [0.99]),
  row("＝100%", q("=", 100, "%"), "=100%", ["100%"], ["99%"]),
  row("＞＝90%", q("≥", 90, "%"), "≥90%", [0.9], [0.89]),
  row("＜＝10天", q("≤", 10, "天"), "≤10天", ["10天"], ["11天"]),
  row("=>80%", q("≥", 80, "%"), "≥80%", [0.8], [0.7]),
  row("=<3个", q("≤", 3, "个"), "≤3个", [3], [4]),
  row("≥=5个", q("≥", 5, "个"), "≥5个", [5], [4]),
  row("≯3天", q("≤", 3, "天"), "≤3天", ["3天"], ["4天"]),
  row("≮90%", q("≥", 90, "%"), "≥90%", [0.91], [0.8]),
  row("﹥0", q(">", 0), ">0", [1], [0]),
  row("≧ 12 个", q("≥", 12, "个"), "≥12个", [12], [11]),
  row("═ 100 %", q("=", 100, "%"), "=100%", [1], [0.5]),
  // `*` and `×` inside units are the per-unit's ·
  row("≤300元/人*月", q("≤", 300, "元/人·月"), "≤300元/人·月", [300, "0.03万元/人·月"], [301]),
  row("≤300元/人×月", q("≤", 300, "元/人·月"), "≤300元/人·月", ["299元/人·月"], ["3600元/人·月"]),
  row("≤1200元/人*年", q("≤", 1200, "元/人·年"), "≤1200元/人·年", ["100元/人·月"], ["101元/人·月"]),
  row("≤2.5元/人＊次", q("≤", 2.5, "元/人·次"), "≤2.5元/人·次", [2.5], [2.6]),
  row("元/人*月", /只有单位/, undefined),
  // per-units without their numerator
  row("≤3.5/次", q("≤", 3.5, "/次"), undefined, [3.5, "3元/次"], [3.6, "4元/次"]),
  row("≥2/年", q("≥", 2, "/年"), undefined, [2, "3次/年"], [1]),
  row("≤15/人·月", q("≤", 15, "/人·月"), undefined, ["15元/人·月"], ["16元/人·月"]),
  row("/次", /只有单位/, undefined),
  // ranges with any dash, doubled or wave, 至 and 到
  row("90%--100%", range(90, 100, "%"), "90%-100%", [0.95], [0.89]),
  row("90%—100%", range(90, 100, "%"), "90%-100%", [0.9], [0.8]),
  row("90%——100%", range(90, 100, "%"), "90%-100%", [1], [0.85]),
  row("3～5个", range(3, 5, "个"), "3-5个", [4], [6]),
  row("3〜5个", range(3, 5, "个"), "3-5个", [3], [2]),
  row("3~5个", range(3, 5, "个"), "3-5个", [5], [6]),
  row("3－5个", range(3, 5, "个"), "3-5个", [4], [7]),
  row("3―5个", range(3, 5, "个"), "3-5个", [4], [1]),
  row("3至5个", range(3, 5, "个"), "3-5个", [5], [8]),
  row("3到5个", range(3, 5, "个"), "3-5个", [3], [9]),
  row("85%至95%", range(85, 95, "%"), "85%-95%", [0.9], [0.96]),
  row("2023.07--2024.01", range(day(2023, 7, 1), day(2024, 1, 31), "#日期"), "2023.07-2024.01"),
  row("1--12月", range(1, 12, MONTH_UNIT), "1-12月", [12], []),
  row("-5~-3", range(-5, -3, ""), "-5--3", [-4], [-2]),
  row("5--3个", /下限大于上限/, undefined),
  // zero targets mean none: = 0 whatever the indicator's direction
  row("0", q(null, 0), undefined, [0, "无"], [1, 3], { indicator: "数量指标" }),
  row("0起", q(null, 0, "起"), undefined, [0, "0起", "无"], [1, "2起"], { indicator: "质量指标" }),
  row("0例", q(null, 0, "例"), undefined, [0], [1], { indicator: "社会效益指标" }),
  row("0%", q(null, 0, "%"), undefined, [0, "0%"], [0.01, "3%"], { indicator: "质量指标" }),
  row("零", q(null, 0), "0", [0, "零", "没有"], [2]),
  row("零起", q(null, 0, "起"), "0起", [0], [1]),
  row("零事故", q(null, 0, "事故"), "0事故", [0, "无", "未发生"], [1]),
  row("零投诉", q(null, 0, "投诉"), "0投诉", [0], [5]),
  row("=0", q("=", 0), undefined, [0], [1]),
  row(">0", q(">", 0), undefined, [1], [0]),
  row("零星维修", words("零星维修"), undefined),
  // months without a year take the budget year when it is given
  row("6月底前", q("≤", 6, MONTH_UNIT), "≤6月底", ["2024-06-30", "5月", 45473], ["2024-07-01"], {
    year: 2024,
  }),
  row("11月底前", q("≤", 11, MONTH_UNIT), "≤11月底", ["2024年11月", 11], ["2024-12-01", 12], {
    year: 2024,
  }),
  row("1-12月", range(1, 12, MONTH_UNIT), undefined, ["2024-12-31", "2024-01-15"], ["2025-01-02"], {
    year: 2024,
  }),
  row("6月底前", q("≤", 6, MONTH_UNIT), "≤6月底", ["2023-12-31"], ["2025-01-01"], { year: 2024 }),
  // qualitative targets: the target meets, a negation or an opposite misses
  row("及时", words("及时"), undefined, ["及时"], ["不及时", "未及时", "延迟", "滞后"]),
  row("有效", words("有效"), undefined, ["有效"], ["无效", "没有效", "未有效"]),
  row("有所提高", words("有所提高"), undefined, ["有所提高"], ["有所下降", "下降", "未提高"]),
  row("明显提升", words("明显提升"), undefined, ["明显提升"], ["降低", "未提升", "不提升"]),
  row("长期", words("长期"), undefined, ["长期"], ["短期"]),
  row("合格", words("合格"), undefined, ["合格"], ["不合格"]),
  row("数量增加", words("数量增加"), undefined, ["数量增加"], ["数量减少"]),
  row("持续改善", words("持续改善"), undefined, ["持续改善"], ["恶化", "未改善"]),
  row("按时完成", words("按时完成"), undefined, ["按时完成"], ["延期完成"]),
  // actuals written as targets: their number
  row(
    "≥266米",
    q("≥", 266, "米"),
    undefined,
    ["≥266米", "≥270米", "266米以上"],
    ["≥260米", "≤200米"]
  ),
  row("≤90万元", q("≤", 90, "万元"), undefined, ["≤90万元", "不超过89万元"], ["≥91万元"]),
  row("≥95%", q("≥", 95, "%"), undefined, ["≥96%", "96%以上"], ["≥90%"]),
  // 1–2 against a percentage of 50% or more is a ratio; 96 stays 96%
  row("≥100%", q("≥", 100, "%"), undefined, [1.2, 1, 100, "1.2"], [0.99, 96, 2.5]),
  row("=100%", q("=", 100, "%"), undefined, [1, 100], [1.2, 0.98]),
  row("≥80%", q("≥", 80, "%"), undefined, [1.5, 0.8, 96], [0.7, 70]),
  row("≤120%", q("≤", 120, "%"), undefined, [1.2, 1.1, 110], [1.3, 130]),
  row("≥1%", q("≥", 1, "%"), undefined, [1.2, 0.011, 2], [0.009, "0.5%"]),
  row("80%-120%", range(80, 120, "%"), undefined, [1.1, 0.9, 100], [1.3, 0.7]),
];

/** Jest passes a row's fields as arguments: every optional field filled so that none is dropped. */
const cases = TABLE.map((r) => [r.text, r] as const);

describe("指标值 as the field writes them", () => {
  it("has at least 60 new forms", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)("%j reads as a person reads it and back from its canonical text", (text, r) => {
    const reading = parseTarget(text);
    if (r.reading instanceof RegExp) {
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.error).toMatch(r.reading);
      return;
    }
    expect(reading).toEqual({ ok: true, value: r.reading });
    const written = formatTarget(r.reading);
    expect(written).toBe(r.canonical ?? text);
    expect(parseTarget(written)).toEqual(reading);
  });

  const verdicts = TABLE.flatMap((r) => [
    ...(r.meets ?? []).map((actual) => [r.text, actual, "达标", r] as const),
    ...(r.misses ?? []).map((actual) => [r.text, actual, "未达标", r] as const),
  ]);

  it.each(verdicts)("CHECK(%j ← %j) = %s", (text, actual, expected, r) => {
    expect(check(actual, text, r.indicator, r.year)).toBe(expected);
  });
});

describe("the budget year", () => {
  it("is what dates a month: without it only months are compared", () => {
    // 2023-07-01 is July: too late for 6月底前 by month, in time against 2024's June.
    expect(check("2023-07-01", "6月底前")).toBe("未达标");
    expect(check("2023-07-01", "6月底前", null, 2024)).toBe("达标");
    expect(check("2024-07-01", "6月底前", null, "2024年")).toBe("未达标");
  });

  it.each<[unknown, RegExp]>([
    [1899, /预算年度应为 1900 到 2099/],
    ["二〇二四", /预算年度应为/],
    [2024.5, /预算年度应为/],
  ])("refuses %j as a year", (year, message) => {
    expect(() => check("2024-06-01", "6月底前", null, year)).toThrow(message);
  });
});

describe("PT.EXPLAIN for each new reading", () => {
  it.each<[target: unknown, year: unknown, actual: unknown, said: RegExp]>([
    ["≧95%", null, null, /^定量指标：不低于 95%$/],
    ["═100%", null, null, /^定量指标：等于 100%$/],
    ["≤300元/人*月", null, null, /^定量指标：不高于 300元\/人·月$/],
    ["≤3.5/次", null, null, /^定量指标：不高于 3.5\/次$/],
    ["90%--100%", null, null, /^区间指标：90% 至 100%$/],
    ["3〜5个", null, null, /^区间指标：3个 至 5个$/],
    ["0起", null, null, /等于 0起（指标值为 0，表示“没有”：按等于 0 判断，不论指标方向）/],
    ["0%", null, null, /表示“没有”/],
    ["零事故", null, null, /等于 0事故.*表示“没有”/],
    ["6月底前", null, null, /不晚于 6月底.*未写年份，按预算年度的月份比较/],
    ["6月底前", 2024, null, /^时间指标：不晚于 2024\.06\.30（未写年份，按预算年度 2024 年）$/],
    ["1-12月", 2024, null, /时间区间：2024\.01 至 2024\.12（未写年份，按预算年度 2024 年）/],
    ["6月底前", 2024, "5月", /2024\.06\.30.*判断：达标$/],
    ["及时", null, "不及时", /实际值“不及时”否定了指标值“及时”，记为未达标；判断：未达标$/],
    ["有效", null, "无效", /否定了指标值“有效”.*未达标$/],
    ["及时", null, "及时", /判断：达标$/],
    ["≥266米", null, "≥270米", /实际值“≥270米”带有比较符号，按其中的数值比较；判断：达标/],
    ["≥100%", null, 1.2, /实际值 1\.2 按比例理解，即 120%（指标值不低于 50%.*判断：达标/],
    ["≥95%", null, 96, /实际值 96 按百分数理解，即 96%；判断：达标/],
    ["≥95%", null, 0.96, /实际值 0\.96 按比例理解，即 96%；判断：达标/],
    ["≥1%", null, 1.2, /实际值 1\.2 按百分数理解，即 1\.2%/],
    ["0起", null, 2, /判断：未达标$/],
  ])("EXPLAIN(%j, %j, %j)", (target, year, actual, said) => {
    expect(explain(target, year ?? undefined, actual ?? undefined)).toMatch(said);
  });

  it("says what is wrong with a year or an actual it cannot read", () => {
    expect(() => explain("6月底前", "明年")).toThrow(/预算年度应为/);
    expect(() => explain("≥95%", null, "很好")).toThrow(/不是数值/);
  });
});

describe("the new readings under arbitrary actuals, years, roundings and presets", () => {
  const texts = fc.constantFrom(...TABLE.map((r) => r.text));
  const actuals = fc.oneof(
    fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
    fc.string(),
    fc.constantFrom(...TABLE.flatMap((r) => [...(r.meets ?? []), ...(r.misses ?? [])])),
    fc.constant(null)
  );
  const years = fc.oneof(fc.constant(undefined), fc.integer({ min: 1850, max: 2150 }));
  const roundings = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...ROUNDINGS.map((r) => r.id))
  );
  const presets = fc.oneof(fc.constant(undefined), fc.constantFrom(...PRESETS.map((p) => p.id)));

  /** The value, or the cell error's message; anything else thrown fails the property. */
  const answer = (call: () => unknown): unknown => {
    try {
      return call();
    } catch (error) {
      expect(error).toBeInstanceOf(CellError);
      expect((error as CellError).message).toMatch(/[\u4e00-\u9fff]/);
      return error;
    }
  };

  it("PT.CHECK answers a verdict or a Chinese cell error", () => {
    fc.assert(
      fc.property(actuals, texts, years, (actual, text, year) => {
        const verdict = answer(() => check(actual, text, undefined, year));
        if (!(verdict instanceof CellError))
          expect(["达标", "未达标", "待评价", ""]).toContain(verdict);
      }),
      { numRuns: 3000 }
    );
  });

  it("PT.SCORE stays within 0 and the weight, whatever the rounding and preset", () => {
    fc.assert(
      fc.property(
        actuals,
        texts,
        fc.integer({ min: 0, max: 40 }),
        roundings,
        presets,
        years,
        (actual, text, weight, rounding, preset, year) => {
          const points = answer(() =>
            score(actual, text, weight, undefined, undefined, rounding, preset, year)
          );
          if (typeof points === "number") {
            expect(points).toBeGreaterThanOrEqual(0);
            expect(points).toBeLessThanOrEqual(weight);
          } else if (!(points instanceof CellError)) expect(points).toBe("");
        }
      ),
      { numRuns: 3000 }
    );
  });
});
