/**
 * 预算执行率's 得分 = min(执行率, 100%) × its 分值 (DESIGN §4), rounded as the settings say (any of
 * the provinces' roundings by default).
 */
import { fundsExecutionRate } from "../../selfeval";
import { printedAs, ROUNDING_OPTION } from "../roundings";
import { Rule } from "../rule";

export const selfevalExecutionScore: Rule = {
  meta: {
    id: "selfeval-execution-score",
    description: "自评表：预算执行率得分须等于执行率（至多 100%）× 分值",
    source: "绩效自评审核（财政部自评表）",
    severity: "error",
    messages: {
      score: "预算执行率得分 {score} 与 执行率 {rate}% × 分值 {weight} = {expected} 不符",
    },
    options: { rounding: ROUNDING_OPTION },
  },
  selfEval(context) {
    const { evaluation, shown } = context;
    const weight = evaluation.execution.weight;
    const rate = fundsExecutionRate(evaluation) ?? shown.rate;
    const score = shown.executionScore;
    if (score === null || weight === null || rate === null) return;
    const expected = Math.min(Math.max(rate, 0), 1) * weight;
    if (printedAs(score, expected, String(context.options.rounding), weight)) return;
    context.report({
      messageId: "score",
      data: {
        score,
        rate: Math.round(rate * 10000) / 100,
        weight,
        expected: Math.round(expected * 100) / 100,
      },
      at: context.at("executionScore"),
    });
  },
};
