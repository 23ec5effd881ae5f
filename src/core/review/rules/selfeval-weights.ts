/**
 * The 分值 of the indicator rows and of the budget line add up to 100 (DESIGN §4: 90 + 10 under the
 * 财政部 split). A table that leaves the budget line's 分值 out of the count is not short of ten.
 */
import { FULL_MARKS } from "../../selfeval";
import { SCORE_TOLERANCE } from "../roundings";
import { Rule } from "../rule";

export const selfevalWeights: Rule = {
  meta: {
    id: "selfeval-weights",
    description: "自评表：指标分值与预算执行率分值合计须为 100",
    source: "一体化系统自评保存校验",
    severity: "warning",
    messages: {
      total: `分值合计应为 ${FULL_MARKS}（现为 {total}：指标 {rows}，预算执行率 {execution}）`,
    },
  },
  selfEval(context) {
    const { evaluation } = context;
    const rows = evaluation.results.reduce((sum, r) => sum + (r.weight ?? 0), 0);
    if (evaluation.results.every((r) => r.weight === null)) return;
    const execution = evaluation.execution.weight ?? 0;
    const total = Math.round((rows + execution) * 100) / 100;
    if (Math.abs(total - FULL_MARKS) <= SCORE_TOLERANCE) return;
    context.report({
      messageId: "total",
      data: { total, rows: Math.round(rows * 100) / 100, execution },
      at: context.at("weightTotal"),
    });
  },
};
