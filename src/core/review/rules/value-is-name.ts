/** A qualitative 指标值 that is an indicator name (工作任务完成率) sets no target at all. */
import type { Rule } from "../rule";
import { isBasisText, readsAsIndicatorName } from "../words";

export const valueIsName: Rule = {
  meta: {
    id: "value-is-name",
    description: "指标值不能是指标名称（如“工作任务完成率”），须写明要达到的数值或程度",
    source: "财预〔2015〕88号（指向明确、细化量化）",
    severity: "error",
    messages: {
      name: "指标值“{value}”是指标名称，不是目标值：请写明要达到的数值或程度，如“≥95%”“及时”“有所提升”",
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    const value = context.row.value;
    if (target?.kind !== "qualitative" || isBasisText(value)) return;
    if (readsAsIndicatorName(value, context.row))
      context.report({ messageId: "name", data: { value: value.trim() }, at: context.at("value") });
  },
};
