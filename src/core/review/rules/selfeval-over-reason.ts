/**
 * One province's save-time check (DESIGN §4): an actual at 130% of a positive target or above
 * needs a 偏差原因, as a target set too low. Off unless a preset or the settings turn it on.
 */
import { deviationOf, DEVIATION_THRESHOLD } from "../../selfeval";
import { Rule } from "../rule";

export const selfevalOverReason: Rule = {
  meta: {
    id: "selfeval-over-reason",
    description: `自评表：实际完成值超出指标值 ${DEVIATION_THRESHOLD * 100}% 以上须填写偏差原因（部分省份的规则，默认关闭）`,
    source: "部分省份一体化系统自评保存校验",
    severity: "warning",
    optIn: true,
    messages: {
      over: `“{name}”实际完成值超出指标值 ${DEVIATION_THRESHOLD * 100}% 以上，请填写偏差原因（指标值是否定得过低）`,
    },
  },
  selfEval(context) {
    const { evaluation } = context;
    evaluation.project.indicators.forEach((row, i) => {
      const result = evaluation.results[i];
      if (!result || result.actual === null || result.reason.trim() !== "") return;
      if (deviationOf(result.actual, row.value, row.level2) === "over")
        context.report({
          messageId: "over",
          data: { name: row.level3 },
          at: context.at("reason", i),
        });
    });
  },
};
