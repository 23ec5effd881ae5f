/** A 绩效指标描述 that only repeats the 三级指标 explains nothing (88号: 指向明确). */
import type { Rule } from "../rule";
import { folded } from "../words";

export const descriptionRepeats: Rule = {
  meta: {
    id: "description-repeats",
    description: "绩效指标描述不应只重复三级指标，应说明指标的含义或计算方法",
    source: "财预〔2015〕88号（指向明确）",
    severity: "warning",
    messages: {
      repeats: "绩效指标描述只重复了三级指标：请写明指标的含义、统计口径或计算方法",
    },
  },
  row(context) {
    const { description, level3 } = context.row;
    if (description.trim() !== "" && folded(description) === folded(level3))
      context.report({ messageId: "repeats", at: context.at("description") });
  },
};
