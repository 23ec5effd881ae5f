/**
 * A row that misses its target or loses points needs its 偏差原因分析及改进措施 (the budget
 * system asks it on saving). A qualitative 达成 scored within its band loses no point that needs
 * explaining.
 */
import { isLevel } from "../judge";
import { SCORE_TOLERANCE } from "../roundings";
import { Rule } from "../rule";

export const selfevalReason: Rule = {
  meta: {
    id: "selfeval-reason",
    description: "自评表：未达成指标值或被扣分的指标须填写偏差原因",
    source: "一体化系统自评保存校验",
    severity: "warning",
    messages: {
      missed: "“{name}”未达成指标值，请填写偏差原因分析及改进措施",
      taken: "“{name}”扣了 {taken} 分，请填写偏差原因分析及改进措施",
    },
  },
  selfEval(context) {
    const { evaluation, shown } = context;
    evaluation.project.indicators.forEach((row, i) => {
      const result = evaluation.results[i];
      if (!result || result.reason.trim() !== "") return;
      const outcome = context.outcome(i);
      const score = shown.scores[i];
      const taken =
        score !== null && result.weight !== null
          ? Math.round((result.weight - score) * 100) / 100
          : 0;
      const met = outcome === "met" && isLevel(result.actual);
      if (outcome === "missed")
        context.report({
          messageId: "missed",
          data: { name: row.level3 },
          at: context.at("reason", i),
        });
      else if (taken > SCORE_TOLERANCE && !met)
        context.report({
          messageId: "taken",
          data: { name: row.level3, taken },
          at: context.at("reason", i),
        });
    });
  },
};
