/** Every indicator of a 监控表 says how likely its target is to be reached: one of the three choices. */
import { LIKELIHOODS } from "../../monitor";
import { Rule } from "../rule";

export const monitorLikelihood: Rule = {
  meta: {
    id: "monitor-likelihood",
    description: `监控表：每项指标须选择完成目标可能性（${LIKELIHOODS.join(" / ")}）`,
    source: "绩效运行监控（双监控）",
    severity: "warning",
    messages: {
      empty: "“{name}”未选择完成目标可能性",
      unknown: `“{name}”的完成目标可能性“{given}”不是 ${LIKELIHOODS.join("、")} 之一`,
    },
  },
  monitor(context) {
    const { monitoring } = context;
    monitoring.project.indicators.forEach((row, i) => {
      const given = (monitoring.results[i]?.likelihood ?? "").trim();
      if (LIKELIHOODS.includes(given)) return;
      context.report({
        messageId: given === "" ? "empty" : "unknown",
        data: { name: row.level3, given },
        at: context.at("likelihood", i),
      });
    });
  },
};
