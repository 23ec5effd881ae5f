/**
 * 财政资金 + 其他资金 = 预算数. The project sheet's flag beside the funds is this rule as a
 * built-in formula (fundsSumFlag), so the sheet and the review say the same thing.
 */
import {
  AMOUNT_TOLERANCE,
  AMOUNT_TOLERANCE_OPTION,
  numberOption,
  renderMessage,
  Rule,
} from "../rule";

export const fundsSum: Rule = {
  meta: {
    id: "funds-sum",
    description: "财政资金 + 其他资金须等于预算数",
    source: "一体化系统保存校验",
    severity: "error",
    messages: { mismatch: "财政资金 + 其他资金 ≠ 预算数：请核对三个金额" },
    options: { tolerance: AMOUNT_TOLERANCE_OPTION },
  },
  project(context) {
    const { budget, fiscalFunds, otherFunds } = context.project;
    if (fundsDiffer(budget, fiscalFunds, otherFunds, numberOption(context, "tolerance")))
      context.report({ messageId: "mismatch", at: context.at("fiscalFunds") });
  },
};

/** Empty amounts count as 0, as N() reads an empty cell on the sheet; all empty is nothing to add up. */
export function fundsDiffer(
  budget: number | null,
  fiscal: number | null,
  other: number | null,
  tolerance: number
): boolean {
  if (budget === null && fiscal === null && other === null) return false;
  return Math.abs((budget ?? 0) - (fiscal ?? 0) - (other ?? 0)) > tolerance;
}

/** The rule as a built-in formula over the sheet's three amount cells, with its message. */
export function fundsSumFlag(
  cells: { budget: string; fiscal: string; other: string },
  tolerance = AMOUNT_TOLERANCE
): { test: string; message: string } {
  return {
    test: `ABS(N(${cells.budget})-N(${cells.fiscal})-N(${cells.other}))>${tolerance}`,
    message: renderMessage(fundsSum.meta.messages.mismatch),
  };
}
