/**
 * A 得分 that contradicts its row: full marks where the actual misses its target, or points taken
 * where a quantitative actual meets it. A qualitative 达成 may keep 80–100% of its 分值 (the budget
 * system's band), so only a quantitative met row is held to full marks.
 */
import { isLevel } from "../judge";
import { SCORE_TOLERANCE } from "../roundings";
import { Rule } from "../rule";

export const selfevalScoreContradicts: Rule = {
  meta: {
    id: "selfeval-score-contradicts",
    description: "自评表：得分与实际完成值矛盾（未达成却得满分，或已达成却扣分）",
    source: "绩效自评审核（财政部自评表）",
    severity: "error",
    messages: {
      fullOnMiss:
        "“{name}”实际完成值 {actual} 未达到指标值 {value}，却得满分 {score}：请按完成比例计分",
      takenOnMet:
        "“{name}”实际完成值 {actual} 已达到指标值 {value}，却只得 {score} 分（分值 {weight}）：请核实得分",
    },
  },
  selfEval(context) {
    const { evaluation, shown } = context;
    evaluation.project.indicators.forEach((row, i) => {
      const result = evaluation.results[i];
      const score = shown.scores[i];
      if (!result || score === null || result.weight === null || result.weight <= 0) return;
      const outcome = context.outcome(i);
      const full = score >= result.weight - SCORE_TOLERANCE;
      const data = {
        name: row.level3,
        actual: String(result.actual),
        value: row.value,
        score,
        weight: result.weight,
      };
      if (outcome === "missed" && full)
        context.report({ messageId: "fullOnMiss", data, at: context.at("score", i) });
      else if (outcome === "met" && !full && !isLevel(result.actual))
        context.report({ messageId: "takenOnMet", data, at: context.at("score", i) });
    });
  },
};
