/**
 * Spending progress (支出进度, DESIGN §3): execution rate, the comparison with the planned
 * cumulative amount of a checkpoint and with 序时进度, and the monitoring light.
 */
import { isEmptyCell, readCell } from "./cell";
import {
  daysInMonth,
  isLastOfMonth,
  MAX_SERIAL,
  parseDateText,
  serialFromYMD,
  ymdFromSerial,
} from "./dates";
import { fail, ok, Outcome } from "./outcome";
import { readAmount } from "./amount";
import { Light, lightOf, readLightRule } from "./light";

/** Default warning threshold: spending more than this many percentage points behind. */
export const DEFAULT_TOLERANCE_PP = 5;

/** Reads a required amount; a budget must also be above zero. */
function requiredAmount(raw: unknown, label: string, positive = false): Outcome<number> {
  const amount = readAmount(raw, label);
  if (!amount.ok) return amount;
  if (amount.value === null) return fail(`${label}为空`);
  if (positive && amount.value === 0) return fail(`${label}为0，无法计算进度`);
  return ok(amount.value);
}

/** A date from a cell: an Excel serial number, a Date, or text (2024-06-30, 2024年6月底). */
export function readDate(raw: unknown): Outcome<number | null> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(null);
  if (cell.kind === "number") {
    if (cell.value < 1 || cell.value > MAX_SERIAL) return fail("日期超出范围");
    return ok(Math.floor(cell.value));
  }
  if (cell.kind === "text") {
    const date = parseDateText(cell.text.normalize("NFKC"));
    return date ? ok(date.last) : fail(`无法识别的日期“${cell.text}”，请写成 2024-06-30`);
  }
  return fail("日期应为日期或文字");
}

interface Spending {
  spent: number;
  budget: number;
  rate: number;
}

function readSpending(spentRaw: unknown, budgetRaw: unknown): Outcome<Spending> {
  const budget = requiredAmount(budgetRaw, "预算数", true);
  if (!budget.ok) return budget;
  const spent = requiredAmount(spentRaw, "累计支出");
  if (!spent.ok) return spent;
  return ok({ spent: spent.value, budget: budget.value, rate: spent.value / budget.value });
}

/** 执行率 = spent ÷ budget. */
export function executionRate(spentRaw: unknown, budgetRaw: unknown): Outcome<number> {
  const spending = readSpending(spentRaw, budgetRaw);
  return spending.ok ? ok(spending.value.rate) : spending;
}

/**
 * 序时进度 of a date: the elapsed share of its year. A month's last day gives exactly month ÷ 12,
 * as the checkpoints of the forms (3/6/10/12月底) are read; other days count days.
 */
export function timeProgress(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  if (isLastOfMonth(serial)) return month / 12;
  const daysInYear = daysInMonth(year, 2) === 29 ? 366 : 365;
  return (serial - serialFromYMD(year, 1, 1) + 1) / daysInYear;
}

/** Tolerance in percentage points: 5 means 5 points; 0.05 (a percent-formatted cell) too. */
export function readTolerance(raw: unknown): Outcome<number> {
  const cell = readCell(raw);
  if (cell.kind === "empty") return ok(DEFAULT_TOLERANCE_PP);
  let value: number | null = null;
  if (cell.kind === "number") value = cell.value < 1 ? cell.value * 100 : cell.value;
  if (cell.kind === "text") {
    const match = /^(\d+(?:\.\d+)?)\s*(%|个百分点)?$/.exec(cell.text.normalize("NFKC"));
    if (match) value = Number(match[1]);
  }
  if (value === null || value < 0 || value > 100)
    return fail("容差应为 0 到 100 之间的百分点数，例如 5");
  return ok(value);
}

function points(gap: number): string {
  return `${Math.abs(gap).toFixed(1)}个百分点`;
}

function against(
  rate: number,
  reference: number,
  tolerancePp: number,
  what: string,
  behind: string,
  ahead: string
): string {
  const gap = (rate - reference) * 100;
  if (gap < -tolerancePp - 1e-9) return `${behind}${what} ${points(gap)}`;
  if (gap > tolerancePp + 1e-9) return `${ahead}${what} ${points(gap)}`;
  return `符合${what}`;
}

export interface ProgressQuestion {
  spent: unknown;
  budget: unknown;
  planned?: unknown;
  date?: unknown;
  tolerance?: unknown;
}

/**
 * PT.PROGRESS: "" while nothing is spent yet; with spent and budget only, the execution rate (a number); with a planned
 * cumulative amount and/or a date, a verdict in words: 符合计划 / 滞后计划 N个百分点 / 超前计划 …,
 * 符合序时进度 / 低于序时进度 N个百分点 / 高于序时进度 …, or 超出预算 N个百分点.
 */
export function progress(question: ProgressQuestion): Outcome<number | string> {
  if (isEmptyCell(question.spent)) return ok(""); // a fresh sheet stays clean
  const spending = readSpending(question.spent, question.budget);
  if (!spending.ok) return spending;
  const planned = readAmount(question.planned, "计划累计支出");
  if (!planned.ok) return planned;
  const date = readDate(question.date);
  if (!date.ok) return date;
  const tolerance = readTolerance(question.tolerance);
  if (!tolerance.ok) return tolerance;
  const { budget, rate } = spending.value;
  if (planned.value === null && date.value === null) return ok(rate);

  if (planned.value !== null && planned.value > budget * (1 + 1e-9))
    return fail("计划累计支出大于预算数");
  if (rate > 1 + 1e-9) return ok(`超出预算 ${points((rate - 1) * 100)}`);
  const answers: string[] = [];
  if (planned.value !== null) {
    answers.push(against(rate, planned.value / budget, tolerance.value, "计划", "滞后", "超前"));
  }
  if (date.value !== null) {
    answers.push(
      against(rate, timeProgress(date.value), tolerance.value, "序时进度", "低于", "高于")
    );
  }
  return ok(answers.join("；"));
}

/**
 * The spending light: the actual rate against the standard rate (annual target × 序时进度),
 * through a rule set of light.ts: 山西 by default (red below 60%, yellow to 80%, green to 120%,
 * blue above), or the budget system's 一体化 (no blue).
 */
export function progressLight(
  spent: unknown,
  budget: unknown,
  dateRaw: unknown,
  ruleRaw?: unknown
): Outcome<Light | ""> {
  if (isEmptyCell(spent)) return ok("");
  const rule = readLightRule(ruleRaw);
  if (!rule.ok) return rule;
  const rate = executionRate(spent, budget);
  if (!rate.ok) return rate;
  const date = readDate(dateRaw);
  if (!date.ok) return date;
  if (date.value === null) return fail("日期为空");
  return ok(lightOf(rate.value / timeProgress(date.value), rule.value));
}

/**
 * A plan of cumulative spending that follows 序时进度: budget × month ÷ 12 at each checkpoint,
 * in 万元 to two decimals; a year-end checkpoint gets the whole budget.
 */
export function spreadByTime(budget: number, months: number[]): number[] {
  // In whole fen (0.01 万元) first, so that 526.435 rounds up as an accountant rounds it.
  const cents = Math.round(budget * 100);
  return months.map((month) => (month >= 12 ? budget : Math.round((cents * month) / 12) / 100));
}
