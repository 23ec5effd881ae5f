/**
 * A qualitative row's 得分 lies in the band of its level: 达成 80–100% of its 分值, 部分达成 60–80%,
 * 未达成 below 60% (the budget system's save-time check, levels.ts).
 */
import { levelOf, scoreInBand } from "../../score";
import { Rule } from "../rule";

export const selfevalScoreBand: Rule = {
  meta: {
    id: "selfeval-score-band",
    description: "自评表：定性指标的得分须在其完成档次的范围内",
    source: "一体化系统自评保存校验",
    severity: "warning",
    messages: { band: "“{name}”为“{level}”，得分 {score} 超出该档次的范围（{low}–{high} 分）" },
  },
  selfEval(context) {
    const { evaluation, shown } = context;
    evaluation.project.indicators.forEach((row, i) => {
      const result = evaluation.results[i];
      const score = shown.scores[i];
      if (!result || typeof result.actual !== "string" || score === null || result.weight === null)
        return;
      const level = levelOf(result.actual);
      if (!level || scoreInBand(score, level, result.weight)) return;
      const points = (share: number) => Math.round(share * result.weight! * 100) / 100;
      context.report({
        messageId: "band",
        data: {
          name: row.level3,
          level: level.text,
          score,
          low: points(level.band.low),
          high: points(level.band.high),
        },
        at: context.at("score", i),
      });
    });
  },
};
