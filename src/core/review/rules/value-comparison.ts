/** A quantitative 指标值 says how it compares (=, ≥, ≤): DESIGN §2 treats a missing symbol as a finding. */
import { defaultDirection } from "../../framework";
import { formatTarget } from "../../target";
import type { Rule } from "../rule";

export const valueComparison: Rule = {
  meta: {
    id: "value-comparison",
    description: "定量指标值须写明比较符号（=、≥、≤）",
    source: "一体化系统保存校验（指标性质）",
    severity: "warning",
    messages: {
      missing:
        "指标值“{value}”没有比较符号：请写明 =、≥ 或 ≤，如“{example}”（未写时按“{symbol}”理解）",
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    if (target?.kind !== "quantitative" || target.symbol !== null) return;
    const symbol = defaultDirection(context.row.level2 || context.row.level3);
    context.report({
      messageId: "missing",
      data: {
        value: context.row.value.trim(),
        example: `${symbol}${formatTarget(target)}`,
        symbol,
      },
      at: context.at("value"),
    });
  },
};
