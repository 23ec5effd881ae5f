/** A qualitative 指标值 that says the opposite of its indicator (提高服务水平 → 不提高服务水平). */
import type { Rule } from "../rule";
import { negatesGoal } from "../words";

export const valueNegates: Rule = {
  meta: {
    id: "value-negates",
    description: "定性指标值不能与指标的方向相反（如指标“提高服务水平”、指标值“不提高服务水平”）",
    source: "财预〔2015〕88号（相关性）",
    severity: "error",
    messages: {
      negation: "指标值“{value}”与指标“{name}”的方向相反：请写明要达到的目标，如“有所提高”",
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    if (target?.kind !== "qualitative" || !negatesGoal(context.row.value, context.row)) return;
    context.report({
      messageId: "negation",
      data: { value: context.row.value.trim(), name: context.row.level3.trim() },
      at: context.at("value"),
    });
  },
};
