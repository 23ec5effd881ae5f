/**
 * The PT functions' implementations behind the argument adapter: `PT`, every function as the
 * hosts call it, keyed by id. Node, the tests and WPS (which calls functions synchronously) import
 * this module through functions.ts; Excel's pane build puts cells-lazy.ts in its place there, so
 * this module and the core it imports load on the first PT call, not with the pane's first screen.
 * PT.REVIEW's rules are supplied from outside (supplyReviewRules): WPS's start page at
 * registration, Excel's first PT.REVIEW (see functions.ts).
 */
import { checkActual } from "../core/check";
import { fail, ok, Outcome } from "../core/outcome";
import { progress as progressOf, progressLight, timeProgress } from "../core/progress";
import { explainValue } from "../core/explain";
import { gradeOf } from "../core/grade";
import { budgetScore, scoreIndicator } from "../core/score";
import { cellFunctions, Implementations } from "./adapter";
import { SIGNATURES } from "./signatures";

/** PT.REVIEW's rules: a row's six cells to its first finding (core/review/review.ts). */
export type ReviewCells = (cells: readonly unknown[]) => Outcome<string>;

let reviewCells: ReviewCells | null = null;

/** Gives PT.REVIEW its rules: WPS's start page at registration, Excel's first PT.REVIEW call. */
export function supplyReviewRules(review: ReviewCells): void {
  reviewCells = review;
}

/** Whether PT.REVIEW has its rules. */
export function reviewRulesSupplied(): boolean {
  return reviewCells !== null;
}

/** The implementations, over arguments already read by their declared kind. */
export const IMPLEMENTATIONS = {
  CHECK: (actual, target, indicator, year) => checkActual(actual, target, indicator, year),
  PROGRESS: (spent, budget, planned, date, tolerance) =>
    progressOf({ spent, budget, planned, date, tolerance }),
  SCHEDULE: (date): Outcome<number> => (date === null ? fail("日期为空") : ok(timeProgress(date))),
  LIGHT: (spent, budget, date, rule) => progressLight(spent, budget, date, rule),
  SCORE: (actual, target, weight, indicator, method, rounding, preset, year) =>
    scoreIndicator(actual, target, weight, { indicator, method, rounding, preset, year }),
  BUDGETSCORE: (rate, weight, rounding, preset) => budgetScore(rate, weight, rounding, preset),
  GRADE: (total) => gradeOf(total),
  REVIEW: (level1, level2, level3, description, target, basis): Outcome<string> =>
    reviewCells
      ? reviewCells([level1, level2, level3, description, target, basis])
      : fail("审核规则尚未加载，请重新计算"),
  EXPLAIN: (target, year, actual) =>
    explainValue(
      typeof target === "string" || typeof target === "number" ? target : "",
      year,
      actual
    ),
} satisfies Implementations<typeof SIGNATURES>;

/** Every PT function as the hosts call it, keyed by id: raw arguments through the adapter. */
export const PT = cellFunctions(SIGNATURES, IMPLEMENTATIONS);
