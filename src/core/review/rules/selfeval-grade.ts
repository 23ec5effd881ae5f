/** 评价等级 is the band of 总分 (优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 < 60: grade.ts's table). */
import { gradeOf } from "../../grade";
import { Rule } from "../rule";

/** 优秀 / 良好 / 合格 as some tables print the grades. */
const GRADE_WORDS: Record<string, string> = { 优秀: "优", 良好: "良", 中等: "中", 较差: "差" };

export const selfevalGrade: Rule = {
  meta: {
    id: "selfeval-grade",
    description: "自评表：评价等级须与总分所在的档次一致",
    source: "绩效自评审核（财政部自评表）",
    severity: "error",
    messages: { band: "评价等级“{grade}”与总分 {total} 不符，应为“{expected}”" },
  },
  selfEval(context) {
    const { shown } = context;
    const printed = shown.grade.replace(/\s/g, "");
    if (printed === "" || shown.total === null) return;
    const expected = gradeOf(shown.total);
    if (!expected.ok || expected.value === "") return;
    if ((GRADE_WORDS[printed] ?? printed) === expected.value) return;
    context.report({
      messageId: "band",
      data: { grade: shown.grade, total: shown.total, expected: expected.value },
      at: context.at("grade"),
    });
  },
};
