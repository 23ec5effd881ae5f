/**
 * Calendar dates as spreadsheets store them: Excel serial day numbers (1 = 1900-01-01, with
 * Excel's phantom 1900-02-29 at 60). All arithmetic is in UTC so that time zones never shift a day.
 */

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Last serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function serialFromYMD(year: number, month: number, day: number): number {
  const serial = Date.UTC(year, month - 1, day) / DAY_MS + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

export function ymdFromSerial(serial: number): YMD {
  const whole = Math.floor(serial);
  const shifted = whole < 61 ? whole + 1 : whole;
  const date = new Date((shifted - UNIX_EPOCH_SERIAL) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    year >= 1900 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function serialFromDate(date: Date): number {
  return serialFromYMD(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Date text as accountants write it: 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日, and a bare
 * month (2024.06, 2024年6月, 2024年6月底) which means that month's last day.
 */
export function parseDateText(text: string): { first: number; last: number } | null {
  // 2000.5 is a number, not May 2000: a dotted month needs two digits.
  if (/^\d{4}\.\d$/.test(text.trim())) return null;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?|底|末)?)?$/.exec(
    text.trim()
  );
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    if (!isValidYMD(year, month, day)) return null;
    const serial = serialFromYMD(year, month, day);
    return { first: serial, last: serial };
  }
  if (!isValidYMD(year, month, 1)) return null;
  return {
    first: serialFromYMD(year, month, 1),
    last: serialFromYMD(year, month, daysInMonth(year, month)),
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 2024.06.30, or 2024.06 when `monthOnly`. */
export function formatSerial(serial: number, monthOnly = false): string {
  const { year, month, day } = ymdFromSerial(serial);
  return monthOnly ? `${year}.${pad2(month)}` : `${year}.${pad2(month)}.${pad2(day)}`;
}

export function isFirstOfMonth(serial: number): boolean {
  return ymdFromSerial(serial).day === 1;
}

export function isLastOfMonth(serial: number): boolean {
  const { year, month, day } = ymdFromSerial(serial);
  return day === daysInMonth(year, month);
}
