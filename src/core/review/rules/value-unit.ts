/** A quantitative 指标值 has a unit (计量单位), a rate its % sign (the budget system's save check). */
import type { Rule } from "../rule";
import { isRateLike } from "../words";

export const valueUnit: Rule = {
  meta: {
    id: "value-unit",
    description: "定量指标值须有计量单位，比率须带 %",
    source: "一体化系统保存校验",
    severity: "error",
    messages: {
      rate: "指标值“{value}”没有单位：比率请写成“{example}”",
      count: "指标值“{value}”没有计量单位：请写明单位，如 个、人、次、万元",
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    if (!target || (target.kind !== "quantitative" && target.kind !== "range")) return;
    if (target.unit !== "") return;
    const value = context.row.value.trim();
    if (isRateLike(context.row)) {
      const example =
        target.kind === "range"
          ? `${target.low}%-${target.high}%`
          : `${target.symbol ?? "≥"}${target.value}%`;
      context.report({ messageId: "rate", data: { value, example }, at: context.at("value") });
    } else context.report({ messageId: "count", data: { value }, at: context.at("value") });
  },
};
