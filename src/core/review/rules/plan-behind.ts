/**
 * A plan of cumulative spending that keeps near 序时进度 (DESIGN §3): a checkpoint planned far below
 * the elapsed share of the year asks for a look. The gap is a province's setting.
 */
import { daysInMonth, serialFromYMD } from "../../dates";
import { checkpointLabel } from "../../model";
import { timeProgress } from "../../progress";
import { numberOption, Rule } from "../rule";

/** 序时进度 at each month's end: the same for every year (month ÷ 12), so any year will do. */
const MONTH_END_PROGRESS = Array.from({ length: 12 }, (_, i) =>
  timeProgress(serialFromYMD(2001, i + 1, daysInMonth(2001, i + 1)))
);

const percent = (share: number) => Math.round(share * 1000) / 10;

export const planBehind: Rule = {
  meta: {
    id: "plan-behind",
    description: "各检查点的计划累计支出不应低于序时进度超过设定的百分点（默认 10 个）",
    source: "支出进度监控（序时进度）",
    severity: "warning",
    messages: {
      behind:
        "{label}计划累计支出占预算的 {rate}%，低于序时进度 {progress}% 达 {gap} 个百分点：请核实用款时间",
    },
    options: {
      gap: {
        type: "number",
        default: 10,
        min: 0,
        max: 100,
        description: "计划低于序时进度多少个百分点时提醒",
      },
    },
  },
  project(context) {
    const { budget, schedule } = context.project;
    if (budget === null || budget <= 0) return;
    const allowed = numberOption(context, "gap");
    schedule.forEach(({ month, amount }, i) => {
      // The year end is plan-end's.
      if (amount === null || !Number.isInteger(month) || month < 1 || month >= 12) return;
      const rate = amount / budget;
      const progress = MONTH_END_PROGRESS[month - 1];
      const gap = (progress - rate) * 100;
      if (gap > allowed + 1e-9)
        context.report({
          messageId: "behind",
          data: {
            label: checkpointLabel(month),
            rate: percent(rate),
            progress: percent(progress),
            gap: Math.round(gap * 10) / 10,
          },
          at: context.at("schedule", i),
        });
    });
  },
};
