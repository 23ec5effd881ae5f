/**
 * Whether an actual value meets a 指标值 (PT.CHECK). The answer is 达标 / 未达标, 待评价 when a
 * person must judge, or "" while the actual value is still empty.
 */
import { readCell } from "./cell";
import { parseDateText } from "./dates";
import { defaultDirection } from "./framework";
import { fail, ok, Outcome } from "./outcome";
import { Comparator, DATE_UNIT, normalizeText, parseQuantity, parseTarget, Target } from "./target";
import { convert, unitInfo } from "./units";

export type Verdict = "达标" | "未达标" | "待评价" | "";

/** Words with which a person records a judgement; they settle any kind of target. */
export const MET_WORDS: ReadonlySet<string> = new Set([
  "达标",
  "已达标",
  "达成",
  "已达成",
  "完成",
  "已完成",
  "全部完成",
  "是",
  "符合",
  "符合要求",
  "达到",
  "已达到",
  "达到预期",
  "合格",
  "√",
  "✓",
  "✔",
]);
export const NOT_MET_WORDS: ReadonlySet<string> = new Set([
  "未达标",
  "不达标",
  "未达成",
  "未完成",
  "否",
  "不符合",
  "未达到",
  "不合格",
  "×",
  "✗",
  "✘",
]);

/** A person's judgement written in words (达标, 已完成, √ / 未达标, 否, ×), or null. */
export function judgement(text: string): Verdict | null {
  if (MET_WORDS.has(text)) return "达标";
  if (NOT_MET_WORDS.has(text)) return "未达标";
  return null;
}

/** Relative tolerance so that 0.95 × 100 still equals 95. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compare(actual: number, symbol: Comparator, target: number): boolean {
  switch (symbol) {
    case "≥":
      return actual >= target || close(actual, target);
    case "≤":
      return actual <= target || close(actual, target);
    case ">":
      return actual > target && !close(actual, target);
    case "<":
      return actual < target && !close(actual, target);
    case "=":
      return close(actual, target);
  }
}

/**
 * An actual number in the target's unit. A plain number is taken in the target's unit, except
 * against a percentage, where 0–1 is a ratio (a percent-formatted cell holds 0.95 for 95%).
 */
function actualInUnit(value: number, unit: string, targetUnit: string): Outcome<number> {
  if (unit === "") {
    if (unitInfo(targetUnit).base === "%" && Math.abs(value) <= 1) {
      return ok(convert(value * 100, "%", targetUnit) as number);
    }
    return ok(value);
  }
  const targetInfo = unitInfo(targetUnit);
  if (targetInfo.base === "") {
    // A target without a unit (0.95 from a percent-formatted cell, 250万) takes any amount;
    // a percentage becomes a ratio: 96% against 0.95.
    const info = unitInfo(unit);
    const amount = info.base === "%" ? (value * info.factor) / 100 : value * info.factor;
    return ok(amount / targetInfo.factor);
  }
  // 800元 against 766元/人: an amount per person compares with its numerator.
  const perUnit =
    targetUnit.includes("/") && !unit.includes("/")
      ? targetUnit.slice(0, targetUnit.indexOf("/"))
      : null;
  const converted =
    convert(value, unit, targetUnit) ?? (perUnit === null ? null : convert(value, unit, perUnit));
  if (converted === null) {
    return fail(`单位不一致：实际值的单位“${unit}”与指标值的单位“${targetUnit}”无法比较`);
  }
  return ok(converted);
}

function measuredActual(text: string, targetUnit: string): Outcome<number> | null {
  if (targetUnit === DATE_UNIT) {
    const date = parseDateText(text);
    return date ? ok(date.last) : null;
  }
  const quantity = parseQuantity(text);
  return quantity ? actualInUnit(quantity.value, quantity.unit, targetUnit) : null;
}

/**
 * An actual value (a number, or text such as `96%`, `0.07万元/人`, a date) in the unit of a
 * quantitative or range target, or a Chinese message; shared by PT.CHECK and PT.SCORE.
 */
export function measureActual(
  actual: { kind: "number"; value: number } | { kind: "text"; text: string },
  targetUnit: string,
  /** The text already through normalizeText, when the caller has it (a hot path of PT.CHECK). */
  normalized?: string | null
): Outcome<number> {
  if (actual.kind === "number")
    return targetUnit === DATE_UNIT ? ok(actual.value) : actualInUnit(actual.value, "", targetUnit);
  const measured = measuredActual(normalized ?? normalizeText(actual.text), targetUnit);
  return measured ?? fail(`实际值“${actual.text}”不是数值，指标值为定量指标`);
}

/** Checks an actual cell value against a parsed target. */
export function checkTarget(
  actualRaw: unknown,
  target: Target,
  indicator?: string | null
): Outcome<Verdict> {
  const actual = readCell(actualRaw);
  if (actual.kind === "empty") return ok("");
  if (actual.kind === "invalid") return fail("实际值无法识别，应为数字或文字");
  if (actual.kind === "boolean") return ok(actual.value ? "达标" : "未达标");

  const text = actual.kind === "text" ? normalizeText(actual.text) : null;
  const judged = text === null ? null : judgement(text);
  if (judged) return ok(judged);

  if (target.kind === "qualitative" || target.kind === "reference") {
    if (target.kind === "qualitative" && text === target.text) return ok("达标");
    return ok("待评价");
  }

  const measured = measureActual(actual, target.unit, text);
  if (!measured.ok) return measured;
  const value = measured.value;

  if (target.kind === "range") {
    const inside = compare(value, "≥", target.low) && compare(value, "≤", target.high);
    return ok(inside ? "达标" : "未达标");
  }
  const symbol = target.symbol ?? defaultDirection(indicator);
  return ok(compare(value, symbol, target.value) ? "达标" : "未达标");
}

/** PT.CHECK in one call: reads the 指标值 text too. */
export function checkActual(
  actual: unknown,
  targetRaw: unknown,
  indicator?: unknown
): Outcome<Verdict> {
  const target = parseTarget(readTargetText(targetRaw));
  if (!target.ok) return target;
  const name = readCell(indicator);
  return checkTarget(actual, target.value, name.kind === "text" ? name.text : null);
}

/** A 指标值 cell as parseTarget takes it: text or a number, "" when empty. */
export function readTargetText(raw: unknown): unknown {
  const cell = readCell(raw);
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "empty") return "";
  return raw;
}
