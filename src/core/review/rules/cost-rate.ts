/** 成本指标 carry a cost standard (元/人, 万元), not a completion rate (88号: 相应匹配). */
import { unitInfo } from "../../units";
import type { Rule } from "../rule";
import { isCostRow } from "../words";

export const costRate: Rule = {
  meta: {
    id: "cost-rate",
    description: "成本指标须写成本标准（金额及单位），不能是完成率或其他比率",
    source: "财预〔2015〕88号、财预〔2021〕101号",
    severity: "error",
    messages: {
      percent:
        "成本指标“{name}”的指标值“{value}”是完成率：成本指标应写成本标准，如“≤766元/人”“≤23万元”",
      rate: "成本指标“{name}”是一个比率：成本指标应写成本标准（金额及单位），如“人均补助标准 ≤766元/人”",
    },
  },
  row(context) {
    const target = context.target?.ok ? context.target.value : null;
    if (!isCostRow(context.row)) return;
    const data = { name: context.row.level3.trim(), value: context.row.value.trim() };
    const unit = target?.kind === "quantitative" || target?.kind === "range" ? target.unit : null;
    // A share in any unit the grammar knows as one (%, ‰).
    if (unit !== null && unitInfo(unit).base === "%")
      context.report({ messageId: "percent", data, at: context.at("value") });
    else if (/率/.test(context.row.level3))
      context.report({ messageId: "rate", data, at: context.at("level3") });
  },
};
