/**
 * Whether a reported value meets its target, as the year-after rules need it: met, missed, or
 * unknown (an empty cell, a qualitative target with free text, what the grammar cannot read). One
 * judgement for the 自评表's 实际完成值 and the 监控表's 全年预计, through PT.CHECK's own.
 */
import { checkActual } from "../check";
import { IndicatorRow } from "../model";
import { levelOf } from "../score";

export type Outcome = "met" | "missed" | null;

/** The outcome of `actual` against the row's 指标值 (its 二级指标 giving the direction). */
export function outcomeOf(actual: string | number | null, row: IndicatorRow): Outcome {
  if (actual === null || actual === "") return null;
  if (typeof actual === "string") {
    const level = levelOf(actual);
    if (level) return level.id === "met" ? "met" : "missed";
  }
  const verdict = checkActual(actual, row.value, row.level2);
  if (!verdict.ok) return null;
  return verdict.value === "达标" ? "met" : verdict.value === "未达标" ? "missed" : null;
}

/** Whether the actual is one of the three levels (or 达标 / 未达标 in words). */
export function isLevel(actual: string | number | null): boolean {
  return typeof actual === "string" && levelOf(actual) !== null;
}
