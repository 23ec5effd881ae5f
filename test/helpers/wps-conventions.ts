/**
 * Calls of every PT function as Excel makes them, and the same calls as WPS makes them: an omitted
 * optional argument as -2147352572, a referenced cell as a 1×1 array, a date cell as a Date, an
 * empty cell as "", null, undefined or [[null]]. Shared by the registration test and the
 * Chromium test of the built start page, which both expect WPS's answers to equal Excel's.
 */
import { ymdFromSerial } from "../../src/core/dates";
import { WPS_OMITTED } from "../../src/functions/adapter";
import { Catalog, CATALOG, FunctionId } from "../../src/functions/catalog";
import { GRADE_TABLE, SCORE_ERRORS, SCORE_TABLE } from "../fixtures/score-cases";
import { BUDGET_ERRORS, BUDGET_TABLE, PRACTICE_TABLE } from "../fixtures/score-practice-cases";

/** An Excel call: the arguments Excel passes, trailing omitted ones left out, null for an empty cell. */
export type ExcelCall = [id: FunctionId, args: unknown[]];

export const EXCEL_CALLS: ExcelCall[] = [
  ["CHECK", [0.96, "≥95%"]],
  ["CHECK", [94, "≥95%"]],
  ["CHECK", ["0.07万元/人", "≤766元/人"]],
  ["CHECK", [800, "766 元/人", "成本指标"]],
  ["CHECK", [22, "23 个", "数量指标"]],
  ["CHECK", [22, "23 个", null]],
  ["CHECK", ["明显提升", "有所提升"]],
  ["CHECK", [null, "≥95%"]],
  ["CHECK", [true, "≥95%"]],
  ["CHECK", [false, "及时"]],
  ["CHECK", [45204, "2023.07-2024.01"]],
  ["CHECK", [96, "≥"]],
  ["CHECK", ["8人", "≤766元/人"]],
  ["CHECK", [0.9, 0.95]],
  ["PROGRESS", [10, 23]],
  ["PROGRESS", [5, 23, 10]],
  ["PROGRESS", [10, 23, null, "2023-06-30"]],
  ["PROGRESS", [10, 23, null, 45107]],
  ["PROGRESS", [10, 23, null, 45107, 10]],
  ["PROGRESS", [10, 23, null, 45107, "10%"]],
  ["PROGRESS", [10, 23, 10, null, 0]],
  ["PROGRESS", [1000, 2279.77, 1140, 45107]],
  ["PROGRESS", ["1,052.87", "1052.87"]],
  ["PROGRESS", [25, 23, 10]],
  ["PROGRESS", [null, 23, 10]],
  ["PROGRESS", [10, 0]],
  ["PROGRESS", [10, null]],
  ["PROGRESS", [true, 23]],
  ["PROGRESS", [10, 23, null, "下个月"]],
  ["PROGRESS", [10, 23, 10, null, 500]],
  ["SCHEDULE", [45107]],
  ["SCHEDULE", ["2023-10-31"]],
  ["SCHEDULE", [45292]],
  ["SCHEDULE", [null]],
  ["SCHEDULE", [true]],
  ["LIGHT", [76, 230, 45107]],
  ["LIGHT", [115, 230, "2023-06-30"]],
  ["LIGHT", [null, 230, 45107]],
  ["LIGHT", [76, 230, null]],
  ["LIGHT", [300, 230, "2023-06-30", "一体化"]],
  ["LIGHT", [300, 230, "2023-06-30", "山西"]],
  // The PT.SCORE and PT.GRADE truth tables, whole.
  ...SCORE_TABLE.map(([a, t, w, i, m]): ExcelCall => ["SCORE", [a, t, w, i, m]]),
  ...SCORE_ERRORS.map(([args]): ExcelCall => ["SCORE", args]),
  // PT.SCORE as practised (rounding, preset, year) and PT.BUDGETSCORE, whole.
  ...PRACTICE_TABLE.map(([a, t, w, o]): ExcelCall => [
    "SCORE",
    [a, t, w, o.indicator, o.method, o.rounding, o.preset, o.year],
  ]),
  ...BUDGET_TABLE.map(([rate, w, r, p]): ExcelCall => ["BUDGETSCORE", [rate, w, r, p]]),
  ...BUDGET_ERRORS.map(([args]): ExcelCall => ["BUDGETSCORE", args]),
  ...GRADE_TABLE.map(([total]): ExcelCall => ["GRADE", [total]]),
  ["GRADE", [100.01]],
  ["REVIEW", ["产出指标", "成本指标", "支付各项工作费用", "全年费用", "≥95%", "以往经验"]],
  ["REVIEW", ["产出指标", "数量指标", "培训人次", "", "≥1000人次", "计划标准"]],
  ["REVIEW", [null, null, null, null, null, null]],
  ["EXPLAIN", ["≥95%"]],
  ["EXPLAIN", ["23 个"]],
  ["EXPLAIN", [0.95]],
  ["EXPLAIN", [null]],
  ["EXPLAIN", ["≥abc"]],
];

/** A WPS call and what it varies from the Excel call. */
export interface WpsCall {
  convention: string;
  args: unknown[];
}

/** A date cell as WPS may pass it: a Date at local midnight of the serial's day. */
export function dateOf(serial: number): Date {
  const { year, month, day } = ymdFromSerial(serial);
  return new Date(year, month - 1, day);
}

/** The same call in each of WPS's conventions. */
export function wpsCalls([id, excelArgs]: ExcelCall): WpsCall[] {
  const parameters: Catalog[string]["parameters"] = CATALOG[id].parameters;
  const omitted = parameters.map((p, i) =>
    i >= excelArgs.length || (p.optional && excelArgs[i] === null) ? WPS_OMITTED : excelArgs[i]
  );
  const each = (change: (value: unknown, i: number) => unknown) =>
    omitted.map((value, i) => (value === WPS_OMITTED ? value : change(value, i)));
  const calls: WpsCall[] = [
    { convention: "omitted arguments as -2147352572", args: omitted },
    { convention: "cells as 1×1 arrays", args: each((value) => [[value]]) },
    {
      convention: "nothing passed for omitted or empty arguments",
      args: excelArgs.map((v) => v ?? undefined),
    },
  ];
  const empties: [string, unknown][] = [
    ['""', ""],
    ["undefined", undefined],
    ["[[null]]", [[null]]],
    ['[[""]]', [[""]]],
    ["[[undefined]]", [[undefined]]],
  ];
  for (const [name, empty] of excelArgs.includes(null) ? empties : [])
    calls.push({
      convention: `empty cells as ${name}`,
      args: each((value) => (value === null ? empty : value)),
    });
  const dates = each((value, i) =>
    parameters[i].kind === "date" && typeof value === "number" ? dateOf(value) : value
  );
  if (dates.some((value) => value instanceof Date))
    calls.push({ convention: "dates as Date objects", args: dates });
  return calls;
}

/** What a call answers: its value, or the message of the cell error it throws. */
export type Answer = { value: unknown } | { error: string };

export function answer(call: () => unknown): Answer {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
