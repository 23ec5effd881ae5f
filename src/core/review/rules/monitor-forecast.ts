/**
 * A 全年预计完成 that does not reach the 年度指标值: the 监控表 then says why (偏差原因) and does not
 * call the target certain (确定能).
 */
import { LIKELIHOODS } from "../../monitor";
import { outcomeOf } from "../judge";
import { Rule } from "../rule";

const CERTAIN = LIKELIHOODS[0];

export const monitorForecast: Rule = {
  meta: {
    id: "monitor-forecast",
    description:
      "监控表：全年预计完成达不到指标值时，须填写偏差原因，且完成目标可能性不能为“确定能”",
    source: "绩效运行监控（双监控）",
    severity: "warning",
    messages: {
      noReason: "“{name}”全年预计完成 {forecast} 达不到指标值 {value}，请填写偏差原因",
      certain: `“{name}”全年预计完成 {forecast} 达不到指标值 {value}，完成目标可能性却为“${CERTAIN}”`,
    },
  },
  monitor(context) {
    const { monitoring } = context;
    monitoring.project.indicators.forEach((row, i) => {
      const result = monitoring.results[i];
      if (!result || outcomeOf(result.forecast, row) !== "missed") return;
      const data = { name: row.level3, forecast: String(result.forecast), value: row.value };
      if (result.likelihood.trim() === CERTAIN)
        context.report({ messageId: "certain", data, at: context.at("likelihood", i) });
      else if (result.reason.trim() === "")
        context.report({ messageId: "noReason", data, at: context.at("forecast", i) });
    });
  },
};
