/** A 指标值 that is a 确定依据 phrase (以往经验): the columns were swapped or the target left out. */
import type { Rule } from "../rule";
import { isBasisText } from "../words";

export const valueIsBasis: Rule = {
  meta: {
    id: "value-is-basis",
    description: "指标值不能是确定依据（如“以往经验”“年度工作计划”）",
    source: "财预〔2015〕88号（细化量化）",
    severity: "error",
    messages: {
      basis: "指标值“{value}”是指标值确定依据：请把它移到“指标值确定依据”一列，并填写目标值",
    },
  },
  row(context) {
    if (isBasisText(context.row.value))
      context.report({
        messageId: "basis",
        data: { value: context.row.value.trim() },
        at: context.at("value"),
      });
  },
};
