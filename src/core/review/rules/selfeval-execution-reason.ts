/** An 执行率 under 90% needs the 执行偏差原因 (the budget system's save-time check, DESIGN §4). */
import { EXECUTION_MIN_RATE, fundsExecutionRate } from "../../selfeval";
import { numberOption, Rule } from "../rule";

export const selfevalExecutionReason: Rule = {
  meta: {
    id: "selfeval-execution-reason",
    description: "自评表：预算执行率低于 90% 须填写执行偏差原因",
    source: "一体化系统自评保存校验",
    severity: "warning",
    messages: { low: "预算执行率 {rate}% 低于 {min}%，请填写执行偏差原因" },
    options: {
      min: {
        type: "number",
        default: EXECUTION_MIN_RATE * 100,
        min: 0,
        max: 100,
        description: "执行率低于多少（%）时须说明原因",
      },
    },
  },
  selfEval(context) {
    const { evaluation, shown } = context;
    const rate = fundsExecutionRate(evaluation) ?? shown.rate;
    const min = numberOption(context, "min");
    if (rate === null || rate * 100 >= min - 1e-9 || evaluation.execution.reason.trim() !== "")
      return;
    context.report({
      messageId: "low",
      data: { rate: Math.round(rate * 10000) / 100, min },
      at: context.at("executionReason"),
    });
  },
};
