/**
 * An 实际完成值 written as a target (`≥266米`): a comparator says what was aimed at, not what was
 * done. The score reads its number; the reviewer asks for the figure achieved.
 */
import { normalizeText } from "../../target";
import { Rule } from "../rule";

/** A comparator sign or word at the start, after the grammar's folding of ≧ ═ ﹦ and the like. */
const AS_TARGET = /^(≥|≤|>|<|=|不低于|不少于|不高于|不超过|大于|小于|高于|低于)/;

export const selfevalActualAsTarget: Rule = {
  meta: {
    id: "selfeval-actual-as-target",
    description: "自评表：实际完成值应为实际数值，不应写成指标值的形式（如“≥266米”）",
    source: "绩效自评审核（财政部自评表）",
    severity: "warning",
    messages: {
      comparator: "“{name}”的实际完成值“{actual}”写成了指标值的形式：请填写实际完成的数值",
    },
  },
  selfEval(context) {
    const { evaluation } = context;
    evaluation.project.indicators.forEach((row, i) => {
      const actual = evaluation.results[i]?.actual;
      if (typeof actual !== "string" || !AS_TARGET.test(normalizeText(actual))) return;
      context.report({
        messageId: "comparator",
        data: { name: row.level3, actual },
        at: context.at("actual", i),
      });
    });
  },
};
