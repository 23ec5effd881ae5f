/** Cumulative spending never goes down from one checkpoint to the next. */
import { checkpointLabel } from "../../model";
import { AMOUNT_TOLERANCE_OPTION, numberOption, Rule } from "../rule";

export const planDecreasing: Rule = {
  meta: {
    id: "plan-decreasing",
    description: "累计支出计划逐个检查点不减少",
    source: "项目绩效目标表填报要求",
    severity: "error",
    messages: {
      decreasing:
        "{label}累计支出 {amount} 万元少于{previous}的 {previousAmount} 万元：累计数只增不减，请核对",
    },
    options: { tolerance: AMOUNT_TOLERANCE_OPTION },
  },
  project(context) {
    const tolerance = numberOption(context, "tolerance");
    let previous: { month: number; amount: number } | null = null;
    context.project.schedule.forEach(({ month, amount }, i) => {
      if (amount === null) return;
      if (previous && amount < previous.amount - tolerance)
        context.report({
          messageId: "decreasing",
          data: {
            label: checkpointLabel(month),
            amount: amount.toFixed(2),
            previous: checkpointLabel(previous.month),
            previousAmount: previous.amount.toFixed(2),
          },
          at: context.at("schedule", i),
        });
      previous = { month, amount };
    });
  },
};
