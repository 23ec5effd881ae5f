/*
 * The PT.* custom functions: thin wrappers over their implementations (cells.ts). The JSDoc below
 * is Excel's metadata: custom-functions-metadata-plugin turns it into functions.json and associates
 * the exports at build time, so this module makes no host calls of its own and Node can import it.
 * Each export hands its raw arguments to `PT`, where the adapter (adapter.ts) reads them by the
 * kinds declared in signatures.ts before the implementation runs; WPS registers the same adapted
 * functions. Excel loads this module with the pane's first screen (the shared runtime), so there
 * the pane build gives it cells-lazy.ts for cells.ts (webpack.config.js): the implementations load
 * on the first PT call, each function answering a Promise until then (Excel allows either), and
 * PT.REVIEW's rule engine loads on the first PT.REVIEW (an async function). WPS calls functions
 * synchronously, so its start page has cells.ts itself and supplies the rules at once.
 */
import { PT, reviewRulesSupplied, supplyReviewRules } from "./cells";

export { CellError } from "./cell-error";
export { PT, supplyReviewRules } from "./cells";
export type { ReviewCells } from "./cells";

/** The review rules, loaded once when Excel first calculates a PT.REVIEW. */
async function loadReviewRules(): Promise<void> {
  const { reviewRowCells } = await import(
    /* webpackChunkName: "review-rules" */ "../core/review/review"
  );
  supplyReviewRules(reviewRowCells);
}

/**
 * 判断实际完成值是否达到指标值：返回“达标”“未达标”“待评价”（定性或引用指标需人工评价），实际值为空时返回空白。指标值为0（0起、0例、零）表示“没有”，按等于0判断；定性指标的实际值否定或相反（如“不及时”对“及时”）为未达标。
 * @customfunction CHECK
 * @param actual 实际完成值，如 96%、0.96、25、“及时”。
 * @param target 指标值，如 ≥95%、23个、≤766元/人、90%-100%、及时。
 * @param [indicator] 二级指标名称（如“成本指标”），指标值未写比较符号时据此判断方向：成本为“≤”，其余为“≥”。
 * @param [year] 预算年度，如 2024；未写年份的时间指标（如“6月底前”）按该年的日期比较，不填时只比较月份。
 * @returns 达标、未达标、待评价，或空白。
 */
export function check(
  actual: unknown,
  target: unknown,
  indicator?: unknown,
  year?: unknown
): string {
  return PT.CHECK(actual, target, indicator, year);
}

/**
 * 支出进度：只给累计支出和预算数时返回执行率；再给计划累计支出或日期时，判断是否符合计划或序时进度，并给出相差的百分点。
 * @customfunction PROGRESS
 * @param spent 累计实际支出（万元）。
 * @param budget 预算数（万元），须大于0；有调整预算时填调整后预算。
 * @param [planned] 该时点的计划累计支出（万元），如表中“6月底”的金额。
 * @param [date] 统计日期，与序时进度比较，如 2024-06-30。
 * @param [tolerance] 容差（百分点），默认 5；相差超过容差才算滞后或超前。
 * @returns 执行率（数字），或“符合计划”“滞后计划 N个百分点”“低于序时进度 N个百分点”“超出预算 N个百分点”等。
 */
export function progress(
  spent: unknown,
  budget: unknown,
  planned?: unknown,
  date?: unknown,
  tolerance?: unknown
): number | string {
  return PT.PROGRESS(spent, budget, planned, date, tolerance);
}

/**
 * 序时进度：某日期已过去的全年比例；月末按“月份÷12”计算（6月30日为50%）。
 * @customfunction SCHEDULE
 * @param date 日期，如 2024-06-30 或 TODAY()。
 * @returns 序时进度（0 到 1 之间的数字，可设为百分比格式）。
 */
export function schedule(date: unknown): number {
  return PT.SCHEDULE(date);
}

/**
 * 支出进度预警灯：执行率与“年度目标×序时进度”之比，低于60%红灯，60%–80%黄灯，80%–120%绿灯，120%及以上蓝灯。
 * @customfunction LIGHT
 * @param spent 累计实际支出（万元）。
 * @param budget 预算数（万元），须大于0。
 * @param date 统计日期，如 2024-06-30。
 * @param [rule] 规则，“山西”（默认）或“一体化”（预算一体化系统，无蓝灯）。
 * @returns 红灯、黄灯、绿灯或蓝灯。
 */
export function light(spent: unknown, budget: unknown, date: unknown, rule?: unknown): string {
  return PT.LIGHT(spent, budget, date, rule);
}

/**
 * 绩效自评得分：一个指标的得分。正向指标（≥、>、=）按 实际值÷指标值×分值，最多得满分；反向指标（≤、<）不超过指标值得满分，超过时按计分方法；定性指标按评分方案的档次得分（财政部：达成80%、部分达成60%、未达成0，可在档次内调高）。得分按取整方式取整。实际值为空时返回空白。
 * @customfunction SCORE
 * @param actual 实际完成值，如 96%、25、“达成年度指标”。
 * @param target 年度指标值，如 ≥95%、23个、≤766元/人、及时。
 * @param weight 分值（不能为负数），如 10。
 * @param [indicator] 二级指标名称，指标值未写比较符号时据此判断方向：成本为反向，其余为正向。
 * @param [method] 反向指标超过指标值时的计分方法，“比例”（默认，指标值÷实际值×分值）或“线性”（预算一体化系统：至指标值两倍时为0）。
 * @param [rounding] 得分的取整方式：“两位小数”（预算一体化系统）、“一位小数”、“整数”（8.62→9）、“截断一位”（1.946→1.9）或“整分扣减”（扣分向上取整，完成98%的“=100%”10分得9分）；不填时按评分方案。
 * @param [preset] 评分方案（省份的做法）：“财政部”（默认）、“湖北”、“四川”或“安徽”，决定取整方式、定性档次的得分和反向指标的计分方法（后两者另填时以所填为准）。
 * @param [year] 预算年度，如 2024；未写年份的时间指标（如“6月底前”）按该年的日期比较，不填时只比较月份。
 * @returns 得分（按取整方式），或空白。
 */
export function score(
  actual: unknown,
  target: unknown,
  weight: unknown,
  indicator?: unknown,
  method?: unknown,
  rounding?: unknown,
  preset?: unknown,
  year?: unknown
): number | string {
  return PT.SCORE(actual, target, weight, indicator, method, rounding, preset, year) as
    number | string;
}

/**
 * 预算执行率得分：min(执行率, 100%)×分值，按取整方式或评分方案取整；执行率为空时返回空白。
 * @customfunction BUDGETSCORE
 * @param rate 预算执行率，如 95%、0.95 或 100.00%（大于2的数按百分数理解）。
 * @param weight 预算执行率的分值（不能为负数），如 10。
 * @param [rounding] 得分的取整方式：“两位小数”（预算一体化系统）、“一位小数”、“整数”（8.62→9）、“截断一位”（1.946→1.9）或“整分扣减”（扣分向上取整，完成98%的“=100%”10分得9分）；不填时按评分方案。
 * @param [preset] 评分方案（省份的做法）：“财政部”（默认）、“湖北”、“四川”或“安徽”，决定取整方式、定性档次的得分和反向指标的计分方法（后两者另填时以所填为准）。
 * @returns 得分，或空白。
 */
export function budgetscore(
  rate: unknown,
  weight: unknown,
  rounding?: unknown,
  preset?: unknown
): number | string {
  return PT.BUDGETSCORE(rate, weight, rounding, preset) as number | string;
}

/**
 * 绩效自评等级：总分90及以上为优，80–89.99为良，60–79.99为中，60以下为差。
 * @customfunction GRADE
 * @param total 总分（0到100）。
 * @returns 优、良、中或差；总分为空时返回空白。
 */
export function grade(total: unknown): string {
  return PT.GRADE(total);
}

/**
 * 解读指标值：说明加载项如何理解一个指标值，或指出其中的错误；给出实际值时，再说明实际值如何被理解。
 * @customfunction EXPLAIN
 * @param target 指标值，如 ≥95%、23 个、2023.07-2024.01。
 * @param [year] 预算年度，如 2024；未写年份的时间指标（如“6月底前”）按该年的日期比较，不填时只比较月份。
 * @param [actual] 实际完成值：说明它如何被理解，如 1.2 按比例即 120%、“≥266米”按 266米、“不及时”为未达标。
 * @returns 如“定量指标：不低于 95%”。
 */
export function explain(target: unknown, year?: unknown, actual?: unknown): string {
  return PT.EXPLAIN(target, year, actual);
}

/**
 * 审核一行指标：按预算审核规则检查这一行，返回第一条审核意见（“错误：…”或“警告：…”），没有问题或整行为空时返回空白。
 * @customfunction REVIEW
 * @param level1 一级指标，如“产出指标”。
 * @param level2 二级指标，如“成本指标”。
 * @param level3 三级指标（指标名称）。
 * @param description 绩效指标描述。
 * @param target 指标值，如 ≥95%、≤766元/人、及时。
 * @param basis 指标值确定依据，如“计划标准”。
 * @returns 审核意见，或空白。
 */
export async function review(
  level1: unknown,
  level2: unknown,
  level3: unknown,
  description: unknown,
  target: unknown,
  basis: unknown
): Promise<string> {
  if (!reviewRulesSupplied()) await loadReviewRules();
  return PT.REVIEW(level1, level2, level3, description, target, basis);
}
