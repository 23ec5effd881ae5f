/** Every project states its 绩效目标 (the budget system's save check). */
import type { Rule } from "../rule";

export const goalEmpty: Rule = {
  meta: {
    id: "goal-empty",
    description: "项目须填写绩效目标",
    source: "一体化系统保存校验",
    severity: "error",
    messages: { empty: "请填写项目的绩效目标（本年度要达到的产出和效果）" },
  },
  project(context) {
    if (context.project.goals.every((goal) => goal.trim() === ""))
      context.report({ messageId: "empty", at: context.at("goals") });
  },
};
