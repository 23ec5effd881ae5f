/**
 * A 监控表 whose 执行率 is behind 序时进度 by more than the settings allow (5 percentage points by
 * default; provinces use 5 or 10, DESIGN §3) needs its 偏差原因 beside the budget.
 */
import { DEFAULT_TOLERANCE_PP, timeProgress } from "../../progress";
import { numberOption, Rule } from "../rule";

const percent = (share: number) => Math.round(share * 1000) / 10;

export const monitorBehind: Rule = {
  meta: {
    id: "monitor-behind",
    description: "监控表：执行率低于序时进度超过设定的百分点（默认 5 个）须填写偏差原因",
    source: "绩效运行监控（双监控）",
    severity: "warning",
    messages: {
      behind: "执行率 {rate}% 低于序时进度 {progress}% 达 {gap} 个百分点，请填写偏差原因",
    },
    options: {
      gap: {
        type: "number",
        default: DEFAULT_TOLERANCE_PP,
        min: 0,
        max: 100,
        description: "执行率低于序时进度多少个百分点时须说明原因",
      },
    },
  },
  monitor(context) {
    const { budget, spent, asOf, spendingReason } = context.monitoring;
    if (!budget || budget <= 0 || spent === null || asOf <= 0 || spendingReason.trim() !== "")
      return;
    const rate = spent / budget;
    const progress = timeProgress(asOf);
    const gap = (progress - rate) * 100;
    if (gap <= numberOption(context, "gap") + 1e-9) return;
    context.report({
      messageId: "behind",
      data: { rate: percent(rate), progress: percent(progress), gap: Math.round(gap * 10) / 10 },
      at: context.at("spendingReason"),
    });
  },
};
