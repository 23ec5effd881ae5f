/**
 * The plan of cumulative spending ends at the 预算数 (12月底 = 预算数, DESIGN §2). The project
 * sheet's flag beside the plan is this rule as a built-in formula (planEndFlag).
 */
import { checkpointLabel } from "../../model";
import {
  AMOUNT_TOLERANCE,
  AMOUNT_TOLERANCE_OPTION,
  numberOption,
  renderMessage,
  Rule,
} from "../rule";

export const planEnd: Rule = {
  meta: {
    id: "plan-end",
    description: "累计支出计划的最后一个检查点（12月底）须等于预算数",
    source: "项目绩效目标表填报要求",
    severity: "error",
    messages: { mismatch: "{label}累计支出应等于预算数" },
    options: { tolerance: AMOUNT_TOLERANCE_OPTION },
  },
  project(context) {
    const { schedule, budget } = context.project;
    const last = schedule.length - 1;
    if (last < 0) return;
    const { month, amount } = schedule[last];
    if (endDiffers(amount, budget, numberOption(context, "tolerance")))
      context.report({
        messageId: "mismatch",
        data: { label: checkpointLabel(month) },
        at: context.at("schedule", last),
      });
  },
};

/** An empty last checkpoint is not filled in yet; an empty budget counts as 0, as on the sheet. */
export function endDiffers(
  amount: number | null,
  budget: number | null,
  tolerance: number
): boolean {
  return amount !== null && Math.abs(amount - (budget ?? 0)) > tolerance;
}

/** The rule as a built-in formula over the last checkpoint's cell and the budget cell. */
export function planEndFlag(
  cells: { last: string; budget: string },
  month: number,
  tolerance = AMOUNT_TOLERANCE
): { test: string; message: string } {
  return {
    test: `AND(ISNUMBER(${cells.last}),ABS(N(${cells.last})-N(${cells.budget}))>${tolerance})`,
    message: renderMessage(planEnd.meta.messages.mismatch, { label: checkpointLabel(month) }),
  };
}
