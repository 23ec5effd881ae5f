/**
 * 指标值 forms from tables beyond the seed (beside target.seed.test.ts), each with the Target a
 * person reads from it, or the reason it is refused, and its canonical text.
 *
 * Where each form comes from:
 * - 池州: 池州市贵池区棠溪镇 项目支出绩效自评表 2022 (/work/shared/references), `≥100百分比`, …
 * - 青神: 青神县发展和改革局 部门预算项目支出绩效自评表 2023 (split 指标性质 / 指标值 / 度量单位).
 * - 鄂州: 鄂州市 市直部门预算项目支出绩效目标表 2020 and 2022, as published on the web.
 * - 岳阳: 岳阳楼区价格认证鉴定中心 2023年度整体绩效目标表, as published on the web.
 * - 一体化: the choice lists of the budget system's 绩效 module (public source), 湖北 variant included.
 * - §2: the forms DESIGN §2 lists from other provinces' tables (issue 8), and spelled variants of
 *   them (spacing, full-width characters, bracket kinds) as PDF extraction and typing produce them.
 */
import { serialFromYMD } from "../../src/core/dates";
import {
  DATE_UNIT,
  describeTarget,
  explainTarget,
  formatTarget,
  isTargetText,
  MONTH_UNIT,
  parseTarget,
  Target,
} from "../../src/core/target";
import type { Comparator } from "../../src/core/target";

const q = (symbol: Comparator | null, value: number, unit = "", more: object = {}): Target =>
  ({ kind: "quantitative", symbol, value, unit, ...more }) as Target;
const prose = (symbol: Comparator, value: number, unit: string, text: string): Target =>
  q(symbol, value, unit, { prose: text });
const noted = (target: Target, note: string): Target => ({ ...target, note }) as Target;
const range = (low: number, high: number, unit: string): Target => ({
  kind: "range",
  low,
  high,
  unit,
});
const words = (text: string): Target => ({ kind: "qualitative", text });
const day = (y: number, m: number, d: number) => serialFromYMD(y, m, d);

/** [source, text as written, reading or refusal, canonical text (when it differs from the text)]. */
type Row = [source: string, text: string, expected: Target | RegExp, canonical?: string];

const FIELD: Row[] = [
  // unit words for signs: 百分比 is %, 百分点 is its own unit
  ["池州", "≥100百分比", q("≥", 100, "%"), "≥100%"],
  ["§2", "100 百分比", q(null, 100, "%"), "100%"],
  ["§2", "≥5个百分点", q("≥", 5, "个百分点")],
  ["§2", "≤2百分点", q("≤", 2, "百分点")],
  ["§2", "提高2个百分点以上", prose("≥", 2, "个百分点", "提高2个百分点以上")],
  ["§2", "百分比", /只有单位/],
  ["§2", "个百分点", /只有单位/],
  ["§2", "≥百分比", /之后应为数值/],
  // the standard in brackets after the value is a remark
  ["§2", "≥95%(行业标准)", noted(q("≥", 95, "%"), "行业标准")],
  ["§2", "≥95%（行业标准）", noted(q("≥", 95, "%"), "行业标准"), "≥95%(行业标准)"],
  ["§2", "≥90%【历史标准】", noted(q("≥", 90, "%"), "历史标准"), "≥90%(历史标准)"],
  [
    "§2",
    "≤766元/人（预算支出标准）",
    noted(q("≤", 766, "元/人"), "预算支出标准"),
    "≤766元/人(预算支出标准)",
  ],
  ["§2", "100%(计划标准)", noted(q(null, 100, "%"), "计划标准")],
  ["§2", "90%-100%(行业标准)", noted(range(90, 100, "%"), "行业标准")],
  ["§2", "≥98 (%)", q("≥", 98, "%"), "≥98%"],
  ["§2", "及时(计划标准)", words("及时(计划标准)")],
  // compound per-units
  ["§2", "≤1200元/人·年", q("≤", 1200, "元/人·年")],
  ["§2", "≤800元/平方米", q("≤", 800, "元/平方米")],
  ["§2", "≤5000元/场", q("≤", 5000, "元/场")],
  ["§2", "≤15万元/公里", q("≤", 15, "万元/公里")],
  ["§2", "300元/人·月", q(null, 300, "元/人·月")],
  ["§2", "≤300元/人/月", q("≤", 300, "元/人/月")],
  ["§2", "≤2.5元/人•次", q("≤", 2.5, "元/人·次"), "≤2.5元/人·次"],
  ["§2", "≤60元/生·年", q("≤", 60, "元/生·年")],
  ["§2", "≥2次/年", q("≥", 2, "次/年")],
  // 万 and 亿 before a unit
  ["§2", "3万册", q(null, 3, "万册")],
  ["§2", "≥1.5万人次", q("≥", 1.5, "万人次")],
  ["§2", "≥2万户", q("≥", 2, "万户")],
  ["§2", "≤1.2亿元", q("≤", 1.2, "亿元")],
  ["§2", "≥10万平方米", q("≥", 10, "万平方米")],
  ["岳阳", "28.8万元", q(null, 28.8, "万元")],
  // area and time
  ["§2", "≥500亩", q("≥", 500, "亩")],
  ["§2", "≥20公顷", q("≥", 20, "公顷")],
  ["§2", "≥3000㎡", q("≥", 3000, "平方米"), "≥3000平方米"],
  ["§2", "≤ 8 小时", q("≤", 8, "小时"), "≤8小时"],
  ["§2", "≤5个工作日", q("≤", 5, "个工作日")],
  ["§2", "5个工作日内", q("≤", 5, "个工作日"), "≤5个工作日"],
  ["§2", "3天内", q("≤", 3, "天"), "≤3天"],
  ["§2", "24小时内", q("≤", 24, "小时"), "≤24小时"],
  ["§2", "≤3个月", q("≤", 3, "个月")],
  // deadlines and spans
  ["§2", "2024年11月底前", q("≤", day(2024, 11, 30), DATE_UNIT), "≤2024.11.30"],
  ["§2", "2024年底前", q("≤", day(2024, 12, 31), DATE_UNIT), "≤2024.12.31"],
  ["§2", "2024年12月31日前", q("≤", day(2024, 12, 31), DATE_UNIT), "≤2024.12.31"],
  ["§2", "不晚于2024年6月30日", q("≤", day(2024, 6, 30), DATE_UNIT), "≤2024.06.30"],
  ["§2", "2024年内", q("≤", day(2024, 12, 31), DATE_UNIT), "≤2024.12.31"],
  ["§2", "2024年内完成", prose("≤", day(2024, 12, 31), DATE_UNIT, "2024年内完成")],
  ["§2", "2023-2024年", range(day(2023, 1, 1), day(2024, 12, 31), DATE_UNIT), "2023.01-2024.12"],
  ["§2", "2024年1-12月", range(day(2024, 1, 1), day(2024, 12, 31), DATE_UNIT), "2024.01-2024.12"],
  ["§2", "11月底前", q("≤", 11, MONTH_UNIT), "≤11月底"],
  ["§2", "1-12月", range(1, 12, MONTH_UNIT)],
  ["§2", "1月-12月", range(1, 12, MONTH_UNIT), "1-12月"],
  ["§2", "3-5月", range(3, 5, MONTH_UNIT)],
  ["§2", "2024年3-1月", /开始晚于结束/],
  // a comparison inside a sentence
  ["§2", "不少于3次培训", prose("≥", 3, "次", "不少于3次培训")],
  ["§2", "全年至少开展5次", prose("≥", 5, "次", "全年至少开展5次")],
  ["§2", "完成率达到95%以上", prose("≥", 95, "%", "完成率达到95%以上")],
  ["§2", "培训人数不少于200人次", prose("≥", 200, "人次", "培训人数不少于200人次")],
  ["§2", "群众满意度达90%以上", prose("≥", 90, "%", "群众满意度达90%以上")],
  ["§2", "受益人数1000人以上", prose("≥", 1000, "人", "受益人数1000人以上")],
  ["§2", "每季度至少开展1次", prose("≥", 1, "次", "每季度至少开展1次")],
  ["§2", "合格率≥95%", prose("≥", 95, "%", "合格率≥95%")],
  ["§2", "3个工作日内办结", prose("≤", 3, "个工作日", "3个工作日内办结")],
  ["§2", "2024年11月底前完成", prose("≤", day(2024, 11, 30), DATE_UNIT, "2024年11月底前完成")],
  ["§2", "12月底前完成", prose("≤", 12, MONTH_UNIT, "12月底前完成")],
  ["§2", "不少于3次培训(计划标准)", noted(prose("≥", 3, "次", "不少于3次培训"), "计划标准")],
  // sentences without one clear amount stay words: a date is not an amount
  ["§2", "2024年完成", words("2024年完成")],
  ["§2", "3年完成", words("3年完成")],
  ["§2", "1套系统", q(null, 1, "套", { prose: "1套系统" })],
  ["§2", "100%完成", q(null, 100, "%", { prose: "100%完成" })],
  [
    "§2",
    "不低于去年水平，不少于3次",
    words("不低于去年水平,不少于3次"),
    "不低于去年水平,不少于3次",
  ],
  [
    "§2",
    "全年开展不少于2次，每次不少于50人",
    words("全年开展不少于2次,每次不少于50人"),
    "全年开展不少于2次,每次不少于50人",
  ],
  ["§2", "不少于三次", words("不少于三次")],
  // spaces anywhere, signs as PDFs and full-width typing leave them
  ["§2", "≥ 12 个", q("≥", 12, "个"), "≥12个"],
  ["§2", "> = 95%", q("≥", 95, "%"), "≥95%"],
  ["§2", "⩾95%", q("≥", 95, "%"), "≥95%"],
  ["§2", "⩽5%", q("≤", 5, "%"), "≤5%"],
  ["§2", "≥\u300095％", q("≥", 95, "%"), "≥95%"],
  ["§2", "＜ 3 次", q("<", 3, "次"), "<3次"],
  // the budget system's levels (actual values of qualitative indicators)
  ["一体化", "达成年度指标", words("达成年度指标")],
  ["一体化", "部分达成年度指标并具有一定效果", words("部分达成年度指标并具有一定效果")],
  ["一体化", "未达成年度指标且效果较差", words("未达成年度指标且效果较差")],
  ["池州", "达成预期指标", words("达成预期指标")],
  // a lone 1 in a 目标值 column: the number 1 (PT.EXPLAIN says so)
  ["§2", "1", q(null, 1)],
  // other forms of the published tables
  ["池州", "≥50个", q("≥", 50, "个")],
  ["池州", "≤90万元", q("≤", 90, "万元")],
  ["池州", "效果明显", words("效果明显")],
  ["池州", "在项目计划完成时间内完成", words("在项目计划完成时间内完成")],
  ["鄂州", "2280次", q(null, 2280, "次")],
  ["鄂州", ">92%", q(">", 92, "%")],
  ["鄂州", "不超预算", words("不超预算")],
  ["岳阳", "按月安排", words("按月安排")],
  ["岳阳", "应保尽保", words("应保尽保")],
  ["青神", "= 100 %", q("=", 100, "%"), "=100%"],
];

describe("指标值 from real tables beyond the seed", () => {
  it("has at least 60 forms", () => {
    expect(FIELD.length).toBeGreaterThanOrEqual(60);
  });

  // Every row gets its canonical text, so that Jest passes four arguments (a third would be `done`).
  const rows = FIELD.map(([source, text, expected, canonical]) => [
    source,
    text,
    expected,
    canonical ?? text,
  ]) as [string, string, Target | RegExp, string][];

  it.each(rows)("%s: %j", (_source, text, expected, canonical) => {
    const reading = parseTarget(text);
    if (expected instanceof RegExp) {
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.error).toMatch(expected);
      return;
    }
    expect(reading).toEqual({ ok: true, value: expected });
    const written = formatTarget(expected);
    expect(written).toBe(canonical);
    expect(parseTarget(written)).toEqual(reading);
  });
});

describe("PT.EXPLAIN says what was assumed", () => {
  it.each<[string, RegExp]>([
    ["1", /按数 1 理解.*若指 100%/],
    ["0.95", /实际值带 % 时即 95%/],
    ["23", /未写单位/],
    ["11月底前", /时间指标：不晚于 11月底.*未写年份/],
    ["1-12月", /时间区间：1月 至 12月.*未写年份/],
    ["≥5个百分点", /百分点是两个百分率之差/],
    ["≤5个工作日", /工作日不换算为天/],
    ["3万册", /即 30000册/],
    ["≥95%(行业标准)", /^定量指标：不低于 95%（括号中的“行业标准”为说明，不参与比较）$/],
    ["全年至少开展5次", /^定量指标：不低于 5次（从“全年至少开展5次”中读出/],
    ["2024年完成", /文字中的数字未作为指标值读取/],
    ["达成年度指标", /预算系统的评价等级.*记为达标/],
    ["2024年11月底前", /^时间指标：不晚于 2024\.11\.30$/],
  ])("%j", (text, words) => {
    const reading = parseTarget(text);
    expect(reading.ok && describeTarget(reading.value)).toMatch(words);
  });

  it("says nothing more where the text said everything", () => {
    for (const text of ["≥95%", "≤766元/人", "90%-100%", "2023.07-2024.01", "及时"]) {
      const reading = parseTarget(text);
      expect(reading.ok && explainTarget(reading.value)).toEqual([]);
    }
  });
});

describe("isTargetText, for importers looking for the value column", () => {
  it.each<[unknown, boolean]>([
    ["≥95%", true],
    ["23 个", true],
    ["1-12月", true],
    ["2024年11月底前", true],
    ["≥95%(行业标准)", true],
    ["达成年度指标", true],
    ["部分达成预期指标并具有一定效果", true],
    [0.95, true],
    ["不少于3次培训", false],
    ["反映项目实际支出情况", false],
    ["及时", false],
    ["百分比", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isTargetText(text)).toBe(expected);
  });
});
