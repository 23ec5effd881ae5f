/**
 * Whether an actual value meets a 指标值 (PT.CHECK). The answer is 达标 / 未达标, 待评价 when a
 * person must judge, or "" while the actual value is still empty.
 */
import { readCell } from "./cell";
import { ymdFromSerial } from "./dates";
import { splitComparator, splitSuffix } from "./comparators";
import { daysInMonth, serialFromYMD } from "./dates";
import { directionOf } from "./framework";
import { readLevel } from "./levels";
import { opposes } from "./negation";
import { fail, ok, Outcome } from "./outcome";
import { DATE_UNIT, MONTH_UNIT, readPeriod } from "./periods";
import {
  Comparator,
  inBudgetYear,
  normalizeText,
  parseQuantity,
  parseTarget,
  Target,
} from "./target";
import { convert, unitInfo } from "./units";

export type Verdict = "达标" | "未达标" | "待评价" | "";

/**
 * Words with which a person records a judgement; they settle any kind of target. The budget
 * system's levels (达成年度指标, 部分达成…, 未达成…, and their short forms 达成 / 完成 …) are read
 * by readLevel, so they are not repeated here.
 */
export const MET_WORDS: ReadonlySet<string> = new Set([
  "达标",
  "已达标",
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
  "否",
  "不符合",
  "未达到",
  "不合格",
  "×",
  "✗",
  "✘",
]);

/** A level (达成年度指标 …) or a person's judgement in words (达标, √ / 未达标, ×), or null. */
export function judgement(text: string): Verdict | null {
  const level = readLevel(text);
  if (level) return level.verdict;
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
 * How an actual is read beside its target's unit: the budget year for a date target written
 * without one, and how far a plain number counts as a ratio against a percentage.
 */
export interface ActualReading {
  /** The budget year: a month (`5月底`, 5) against a date target is a month of this year. */
  year?: number | null;
  /** A plain number up to this is a ratio against a percentage: 1, or 2 against 50% or more. */
  ratioUpTo?: number;
}

/** A target of this many percent or more reads a plain 1–2 as a ratio: 1.2 is 120%. */
export const RATIO_TARGET_MIN = 50;
/** The widest plain number read as a ratio against such a target: 2 = 200%. */
export const RATIO_MAX = 2;

/**
 * Up to which plain number an actual is a ratio against `target`: 1 (0.96 = 96%) for every
 * percentage, 2 (1.2 = 120%) when the target is 50% or more, since such a target is never met by
 * 1.2% and a percent-formatted cell holds 1.2 for 120%; 96 stays 96% either way.
 */
export function ratioUpTo(target: Target): number {
  if (target.kind === "qualitative" || target.kind === "reference") return 1;
  const info = unitInfo(target.unit);
  if (info.base !== "%") return 1;
  const value = target.kind === "range" ? target.low : target.value;
  return value * info.factor >= RATIO_TARGET_MIN ? RATIO_MAX : 1;
}

/**
 * An actual number in the target's unit. A plain number is taken in the target's unit, except
 * against a percentage, where 0–1 is a ratio (a percent-formatted cell holds 0.95 for 95%), and
 * up to 2 against a target of 50% or more (see ratioUpTo).
 */
function actualInUnit(value: number, unit: string, targetUnit: string, upTo = 1): Outcome<number> {
  if (unit === "") {
    if (unitInfo(targetUnit).base === "%" && Math.abs(value) <= upTo) {
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
    const why = MISMATCH_REASONS[pairOf(unitInfo(unit).base, targetInfo.base)] ?? "";
    return fail(`单位不一致：实际值的单位“${unit}”与指标值的单位“${targetUnit}”无法比较${why}`);
  }
  return ok(converted);
}

function pairOf(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Pairs of bases that look comparable and are not, with the reason in the message. */
const MISMATCH_REASONS: Record<string, string> = {
  [pairOf("%", "百分点")]: "（百分点是两个百分率之差，不是百分比）",
  [pairOf("小时", "工作日")]: "（工作日不换算为天，请用同一单位填写）",
  [pairOf("小时", "月")]: "（月的天数不固定，请用同一单位填写）",
  [pairOf("月", "工作日")]: "（工作日与月无法换算，请用同一单位填写）",
};

const MONTHS_IN_YEAR = 12;
const REMARK = /[([【][^()[\]【】]*[)\]】]$/;
const CLOSING = new Set([")", "]", "】"]);

/**
 * An actual written as a target (`≥266米`, `266米以上`, `2024年6月底前`): the amount without its
 * comparator; null when there is no comparator to take off.
 */
function withoutComparator(text: string): string | null {
  const prefix = splitComparator(text);
  if (prefix.dateOnly) return null;
  const suffix = splitSuffix(prefix.rest);
  return prefix.symbol || suffix.symbol ? suffix.rest : null;
}

/** The month (1–12) of an actual value against a month of the budget year (`11月底前`). */
function monthOf(actual: number | string): number | null {
  if (typeof actual === "number") {
    // 1–12 is a month; a larger number is a date cell's serial.
    if (Number.isInteger(actual) && actual >= 1 && actual <= MONTHS_IN_YEAR) return actual;
    return actual > MONTHS_IN_YEAR ? ymdFromSerial(actual).month : null;
  }
  const period = readPeriod(actual, true);
  if (!period) return null;
  return period.unit === MONTH_UNIT ? period.last : ymdFromSerial(period.last).month;
}

/** The last day of month `month` of `year`, for a month-only actual against a date target. */
function monthEnd(year: number, month: number): number {
  return serialFromYMD(year, month, daysInMonth(year, month));
}

function measuredDate(text: string, year: number | null): number | null {
  const period = readPeriod(text, true);
  if (!period) return null;
  if (period.unit === DATE_UNIT) return period.last;
  return year ? monthEnd(year, period.last) : null;
}

/** Actuals that say "none" in words: 0 in any unit (against 零事故, 0起, ≤2起 alike). */
const NONE_WORDS = new Set(["无", "没有", "零", "未发生", "无发生", "没有发生", "从未发生"]);

function measuredActual(
  text: string,
  targetUnit: string,
  reading: ActualReading
): Outcome<number> | null {
  if (NONE_WORDS.has(text) && targetUnit !== DATE_UNIT) return ok(0);
  const bare = withoutComparator(text);
  if (targetUnit === DATE_UNIT) {
    const date = measuredDate(text, reading.year ?? null);
    const found = date ?? (bare === null ? null : measuredDate(bare, reading.year ?? null));
    return found === null ? null : ok(found);
  }
  // `96%(抽样)`: a bracketed remark after the actual value is not part of it.
  const quantity =
    parseQuantity(text) ??
    (CLOSING.has(text[text.length - 1]) ? parseQuantity(text.replace(REMARK, "")) : null) ??
    (bare === null ? null : parseQuantity(bare));
  return quantity
    ? actualInUnit(quantity.value, quantity.unit, targetUnit, reading.ratioUpTo)
    : null;
}

/**
 * An actual value (a number, or text such as `96%`, `0.07万元/人`, a date, a month) in the unit of
 * a quantitative or range target, or a Chinese message; shared by PT.CHECK, PT.SCORE and the lights.
 */
export function measureActual(
  actual: { kind: "number"; value: number } | { kind: "text"; text: string },
  targetUnit: string,
  /** The text already through normalizeText, when the caller has it (a hot path of PT.CHECK). */
  normalized?: string | null,
  reading: ActualReading = NO_READING
): Outcome<number> {
  const text = actual.kind === "text" ? (normalized ?? normalizeText(actual.text)) : null;
  if (targetUnit === MONTH_UNIT) {
    const month = monthOf(actual.kind === "number" ? actual.value : (text as string));
    if (month !== null) return ok(month);
    const written = actual.kind === "number" ? actual.value : actual.text;
    return fail(`实际值“${written}”不是月份或日期，指标值为月份`);
  }
  if (actual.kind === "number") {
    if (targetUnit !== DATE_UNIT)
      return actualInUnit(actual.value, "", targetUnit, reading.ratioUpTo);
    // 1–12 against a date of a known year is a month of it, not a day of January 1900.
    const month = actual.value;
    const isMonth = reading.year && Number.isInteger(month) && month >= 1 && month <= 12;
    return ok(isMonth ? monthEnd(reading.year as number, month) : actual.value);
  }
  // Text actuals repeat down a column (`96%`, `0.07万元/人`): each is measured once per unit.
  const key = `${targetUnit}\u0001${reading.year ?? ""}\u0001${reading.ratioUpTo ?? 1}\u0001${actual.text}`;
  let measured = measuredTexts.get(key);
  if (!measured) {
    measured =
      measuredActual(text as string, targetUnit, reading) ??
      fail(`实际值“${actual.text}”不是数值，指标值为定量指标`);
    if (measuredTexts.size >= MAX_MEASURED) measuredTexts.clear();
    measuredTexts.set(key, measured);
  }
  return measured;
}

const NO_READING: ActualReading = {};
const MAX_MEASURED = 2048;
const measuredTexts = new Map<string, Outcome<number>>();

/** Checks an actual cell value against a parsed target; `year` dates a target of months. */
export function checkTarget(
  actualRaw: unknown,
  planned: Target,
  indicator?: string | null,
  year?: number | null
): Outcome<Verdict> {
  const actual = readCell(actualRaw);
  if (actual.kind === "empty") return ok("");
  if (actual.kind === "invalid") return fail("实际值无法识别，应为数字或文字");
  if (actual.kind === "boolean") return ok(actual.value ? "达标" : "未达标");

  const text = actual.kind === "text" ? normalizeText(actual.text) : null;
  const judged = text === null ? null : judgement(text);
  if (judged) return ok(judged);

  if (planned.kind === "qualitative" || planned.kind === "reference") {
    if (planned.kind === "qualitative" && text !== null) {
      if (text === planned.text) return ok("达标");
      if (opposes(text, planned.text)) return ok("未达标");
    }
    return ok("待评价");
  }

  const target = inBudgetYear(planned, year);
  const reading = readingFor(target, year);
  const measured = measureActual(actual, target.unit, text, reading);
  if (!measured.ok) return measured;
  const value = measured.value;

  if (target.kind === "range") {
    const inside = compare(value, "≥", target.low) && compare(value, "≤", target.high);
    return ok(inside ? "达标" : "未达标");
  }
  return ok(compare(value, directionOf(target, indicator), target.value) ? "达标" : "未达标");
}

/** How the actuals of `target` are read: the year, and the ratio window (kept per window). */
export function readingFor(target: Target, year?: number | null): ActualReading {
  const upTo = ratioUpTo(target);
  if (!year) return upTo === 1 ? NO_READING : WIDE_RATIO;
  return { year, ratioUpTo: upTo };
}

const WIDE_RATIO: ActualReading = { ratioUpTo: RATIO_MAX };

/** PT.CHECK in one call: reads the 指标值 text too. */
export function checkActual(
  actual: unknown,
  targetRaw: unknown,
  indicator?: unknown,
  yearRaw?: unknown
): Outcome<Verdict> {
  const year = readYear(yearRaw);
  if (!year.ok) return year;
  const target = parseTarget(readTargetText(targetRaw));
  if (!target.ok) return target;
  const name = readCell(indicator);
  return checkTarget(actual, target.value, name.kind === "text" ? name.text : null, year.value);
}

/** Budget years a year cell may name. */
export const YEAR_RANGE: readonly [min: number, max: number] = [1900, 2099];

/** The budget year of a cell (2024, `2024`, `2024年`), null when empty, or a message. */
export function readYear(raw: unknown): Outcome<number | null> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(null);
  const text = cell.kind === "text" ? normalizeText(cell.text).replace(/年度?$/, "") : null;
  const year =
    cell.kind === "number" ? cell.value : text && /^\d{4}$/.test(text) ? Number(text) : NaN;
  const [min, max] = YEAR_RANGE;
  if (!Number.isInteger(year) || year < min || year > max)
    return fail(`预算年度应为 ${min} 到 ${max} 之间的年份，如 2024`);
  return ok(year);
}

/** The 指标值 of a cell as parseTarget takes it: its text or number. */
export function readTargetText(raw: unknown): unknown {
  const cell = readCell(raw);
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "empty") return "";
  return raw;
}
