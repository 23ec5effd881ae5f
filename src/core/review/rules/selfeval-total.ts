/**
 * 总分 = the indicator rows' 得分 + 预算执行率's 得分, as printed. A 总分 rounded from the exact sum
 * (to whole points, or one decimal) is accepted under the settings' rounding.
 */
import { printedAs, ROUNDING_OPTION } from "../roundings";
import { Rule } from "../rule";

const cents = (value: number) => Math.round(value * 100) / 100;

export const selfevalTotal: Rule = {
  meta: {
    id: "selfeval-total",
    description: "自评表：总分须等于各指标得分与预算执行率得分之和",
    source: "绩效自评审核（财政部自评表）",
    severity: "error",
    messages: {
      sum: "总分 {total} 与各项得分之和 {sum}（指标 {rows} + 预算执行 {execution}）不符",
    },
    options: { rounding: ROUNDING_OPTION },
  },
  selfEval(context) {
    const { shown } = context;
    if (shown.total === null) return;
    const scores = shown.scores.filter((s): s is number => s !== null);
    if (scores.length === 0 && shown.executionScore === null) return;
    const rows = scores.reduce((a, b) => a + b, 0);
    const execution = shown.executionScore ?? 0;
    const sum = rows + execution;
    if (printedAs(shown.total, sum, String(context.options.rounding))) return;
    context.report({
      messageId: "sum",
      data: { total: shown.total, sum: cents(sum), rows: cents(rows), execution: cents(execution) },
      at: context.at("total"),
    });
  },
};
