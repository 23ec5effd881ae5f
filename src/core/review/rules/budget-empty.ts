/** Every project states its 预算数. */
import type { Rule } from "../rule";

export const budgetEmpty: Rule = {
  meta: {
    id: "budget-empty",
    description: "项目须填写预算数",
    source: "一体化系统保存校验",
    severity: "error",
    messages: { empty: "请填写预算数（万元）" },
  },
  project(context) {
    if (context.project.budget === null)
      context.report({ messageId: "empty", at: context.at("budget") });
  },
};
