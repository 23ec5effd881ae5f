/** Every indicator row names its 一级, 二级 and 三级指标 and has a 指标值 (the budget system's save check). */
import type { IndicatorColumn } from "../../problem";
import type { Rule } from "../rule";

const REQUIRED: IndicatorColumn[] = ["level1", "level2", "level3", "value"];

export const indicatorEmpty: Rule = {
  meta: {
    id: "indicator-empty",
    description: "一级指标、二级指标、三级指标和指标值不能为空",
    source: "一体化系统保存校验",
    severity: "error",
    messages: {
      level1: "请填写一级指标",
      level2: "请填写二级指标",
      level3: "请填写三级指标（指标名称）",
      value: "请填写指标值",
    },
  },
  row(context) {
    for (const column of REQUIRED)
      if (context.row[column].trim() === "")
        context.report({ messageId: column, at: context.at(column) });
  },
};

/**
 * The same check as built-in formulas over a row's cells, in the order `row` reports, for sheets
 * where the add-in is absent.
 */
export function emptyCellTests(
  cells: Record<IndicatorColumn, string>
): { test: string; messageId: string }[] {
  return REQUIRED.map((column) => ({ test: `TRIM(${cells[column]})=""`, messageId: column }));
}
