/** A 指标值 the grammar can read: a symbol promises a number, a range runs low to high. */
import type { Rule } from "../rule";

export const valueGrammar: Rule = {
  meta: {
    id: "value-grammar",
    description: "指标值须能读懂：比较符号后应有数值和单位，区间下限不大于上限",
    source: "一体化系统保存校验",
    severity: "error",
    messages: { unreadable: "{reason}" },
  },
  row(context) {
    if (context.target && !context.target.ok)
      context.report({
        messageId: "unreadable",
        data: { reason: context.target.error },
        at: context.at("value"),
      });
  },
};
