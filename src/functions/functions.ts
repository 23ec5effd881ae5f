/*
 * The PT.* custom functions: thin wrappers over src/core. The JSDoc below is the metadata:
 * custom-functions-metadata-plugin turns it into functions.json and registers the functions at
 * build time, so this module makes no host calls of its own and Node can import it.
 */
import { checkActual } from "../core/check";
import { readCell } from "../core/cell";
import { Outcome } from "../core/outcome";
import { progress as progressOf, progressLight, readDate, timeProgress } from "../core/progress";
import { reviewRowCells } from "../core/review/review";
import { describeTarget, parseTarget } from "../core/target";

/** Stands in for CustomFunctions.Error where no Office runtime is loaded (Node, WPS). */
export class CellError extends Error {
  constructor(message: string) {
    // A cell error needs no stack trace, and capturing one costs more than the check itself.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }

  get code(): string {
    return "#VALUE!";
  }
}

function cellError(message: string): unknown {
  if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return new CellError(message);
}

/** The answer of a rule, or a cell error carrying its Chinese message. */
function answer<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw cellError(outcome.error);
  return outcome.value;
}

/** Runs a rule so that nothing but a cell error can leave it. */
function guarded<T>(rule: () => Outcome<T>): T {
  let outcome: Outcome<T>;
  try {
    outcome = rule();
  } catch {
    outcome = { ok: false, error: "输入无法识别" };
  }
  return answer(outcome);
}

/**
 * 判断实际完成值是否达到指标值：返回“达标”“未达标”“待评价”（定性或引用指标需人工评价），实际值为空时返回空白。
 * @customfunction CHECK
 * @param actual 实际完成值，如 96%、0.96、25、“及时”。
 * @param target 指标值，如 ≥95%、23个、≤766元/人、90%-100%、及时。
 * @param [indicator] 可选：二级指标名称（如“成本指标”），指标值未写比较符号时据此判断方向：成本为“≤”，其余为“≥”。
 * @returns 达标、未达标、待评价，或空白。
 */
export function check(actual: unknown, target: unknown, indicator?: unknown): string {
  return guarded(() => checkActual(actual, target, indicator));
}

/**
 * 支出进度：只给累计支出和预算数时返回执行率；再给计划累计支出或日期时，判断是否符合计划或序时进度，并给出相差的百分点。
 * @customfunction PROGRESS
 * @param spent 累计实际支出（万元）。
 * @param budget 预算数（万元），须大于0；有调整预算时填调整后预算。
 * @param [planned] 可选：该时点的计划累计支出（万元），如表中“6月底”的金额。
 * @param [date] 可选：统计日期，与序时进度比较，如 2024-06-30。
 * @param [tolerance] 可选：容差（百分点），默认 5；相差超过容差才算滞后或超前。
 * @returns 执行率（数字），或“符合计划”“滞后计划 N个百分点”“低于序时进度 N个百分点”“超出预算 N个百分点”等。
 */
export function progress(
  spent: unknown,
  budget: unknown,
  planned?: unknown,
  date?: unknown,
  tolerance?: unknown
): number | string {
  return guarded(() => progressOf({ spent, budget, planned, date, tolerance }));
}

/**
 * 序时进度：某日期已过去的全年比例；月末按“月份÷12”计算（6月30日为50%）。
 * @customfunction SCHEDULE
 * @param date 日期，如 2024-06-30 或 TODAY()。
 * @returns 序时进度（0 到 1 之间的数字，可设为百分比格式）。
 */
export function schedule(date: unknown): number {
  return guarded(() => {
    const serial = readDate(date);
    if (!serial.ok) return serial;
    if (serial.value === null) return { ok: false, error: "日期为空" };
    return { ok: true, value: timeProgress(serial.value) };
  });
}

/**
 * 支出进度预警灯：执行率与“年度目标×序时进度”之比，低于60%红灯，60%–80%黄灯，80%–120%绿灯，120%及以上蓝灯。
 * @customfunction LIGHT
 * @param spent 累计实际支出（万元）。
 * @param budget 预算数（万元），须大于0。
 * @param date 统计日期，如 2024-06-30。
 * @returns 红灯、黄灯、绿灯或蓝灯。
 */
export function light(spent: unknown, budget: unknown, date: unknown): string {
  return guarded(() => progressLight(spent, budget, date));
}

/**
 * 解读指标值：说明加载项如何理解一个指标值，或指出其中的错误。
 * @customfunction EXPLAIN
 * @param target 指标值，如 ≥95%、23 个、2023.07-2024.01。
 * @returns 如“定量指标：不低于 95%”。
 */
export function explain(target: unknown): string {
  return guarded(() => {
    const cell = readCell(target);
    const parsed = parseTarget(
      cell.kind === "text" ? cell.text : cell.kind === "number" ? cell.value : ""
    );
    return parsed.ok ? { ok: true, value: describeTarget(parsed.value) } : parsed;
  });
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
export function review(
  level1: unknown,
  level2: unknown,
  level3: unknown,
  description: unknown,
  target: unknown,
  basis: unknown
): string {
  return guarded(() => reviewRowCells([level1, level2, level3, description, target, basis]));
}
