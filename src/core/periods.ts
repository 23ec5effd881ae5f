/**
 * Time 指标值: calendar dates and months (`2024年6月底`, `2023.07`), whole years (`2024年`,
 * `2024年底`), and months of a year the table does not name (`11月底前`, `1-12月`), which the
 * budget year supplies. Each reads as a span [first, last] in its unit.
 */
import {
  daysInMonth,
  formatSerial,
  isFirstOfMonth,
  isLastOfMonth,
  parseDateText,
  serialFromYMD,
  ymdFromSerial,
} from "./dates";

/** Unit of targets whose values are dates (Excel serial day numbers); `#` keeps it out of real units. */
export const DATE_UNIT = "#日期";
/** Unit of targets whose values are months 1–12 of the budget year, written without the year. */
export const MONTH_UNIT = "#月份";

export interface Period {
  unit: typeof DATE_UNIT | typeof MONTH_UNIT;
  first: number;
  last: number;
}

/** Years a bare `2024年` may name; outside them `3000年` stays a duration. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

const YEAR = /^(\d{4})年(?:底|末|度)?$/;
/** A month without a year: `11月底`, `6月末`, `3月份`; a bare `11月` only where noted. */
const MONTH = /^(\d{1,2})月(底|末|份)?$/;

function yearSpan(year: number): Period | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { unit: DATE_UNIT, first: serialFromYMD(year, 1, 1), last: serialFromYMD(year, 12, 31) };
}

function monthSpan(month: number): Period | null {
  return Number.isInteger(month) && month >= 1 && month <= 12
    ? { unit: MONTH_UNIT, first: month, last: month }
    : null;
}

/**
 * Reads a date, a year or a month of the budget year. A bare `11月` is a duration (11 months)
 * unless `bareMonth` says the context makes it a month (before 前, in a span `1-12月`).
 */
export function readPeriod(text: string, bareMonth = false): Period | null {
  const date = parseDateText(text);
  if (date) return { unit: DATE_UNIT, first: date.first, last: date.last };
  const year = YEAR.exec(text);
  if (year) return yearSpan(Number(year[1]));
  const month = MONTH.exec(text);
  if (month && (month[2] !== undefined || bareMonth)) return monthSpan(Number(month[1]));
  return null;
}

/**
 * A span written with two ends: dates (`2023.07-2024.01`), years (`2023-2024年`), months
 * (`1-12月`, `3月-5月`). The left end may leave out what the right end says (`2023`, `1`).
 */
export function readPeriodSpan(left: string, right: string): Period | null {
  const from = readPeriod(left, true);
  const to = readPeriod(right, true);
  if (from && to) {
    if (from.unit === to.unit) return { ...from, last: to.last };
    // 2024年1-12月, 2024.01-12月: the right end is a month of the left end's year.
    if (from.unit === DATE_UNIT && to.unit === MONTH_UNIT) {
      const { year } = ymdFromSerial(from.first);
      return { ...from, last: serialFromYMD(year, to.last, daysInMonth(year, to.last)) };
    }
    return null;
  }
  if (!to) return null;
  if (to.unit === MONTH_UNIT && /^\d{1,2}$/.test(left)) {
    const start = monthSpan(Number(left));
    return start ? { ...start, last: to.last } : null;
  }
  if (to.unit === DATE_UNIT && YEAR.test(right) && /^\d{4}$/.test(left)) {
    const start = yearSpan(Number(left));
    return start ? { ...start, last: to.last } : null;
  }
  return null;
}

/** 2024.06, 2024.06.30, or a month of the budget year as `11月底`. */
export function formatPoint(unit: string, value: number): string {
  return unit === MONTH_UNIT ? `${value}月底` : formatSerial(value);
}

/** `2023.07-2024.01`, `2024.06.30`, `1-12月`, `6月底`. */
export function formatSpan(unit: string, low: number, high: number): string {
  if (unit === MONTH_UNIT) return low === high ? `${low}月底` : `${low}-${high}月`;
  if (isFirstOfMonth(low) && isLastOfMonth(high)) {
    const from = formatSerial(low, true);
    const to = formatSerial(high, true);
    return from === to ? from : `${from}-${to}`;
  }
  return low === high ? formatSerial(low) : `${formatSerial(low)}-${formatSerial(high)}`;
}

export function isPeriodUnit(unit: string): boolean {
  return unit === DATE_UNIT || unit === MONTH_UNIT;
}
