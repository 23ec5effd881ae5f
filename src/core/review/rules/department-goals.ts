/**
 * The 部门整体绩效目标: its 总体 and 分项 goals written, and each 分项目标 served by some project —
 * a loose textual match (two characters in a row shared with a project's name, goals or
 * indicators, apart from the words every goal uses), so a warning only: a person decides.
 */
import type { Project } from "../../model";
import { Rule } from "../rule";

/** Words that every goal and project shares, which say nothing about what is served. */
const COMMON =
  /(绩效|目标|工作|项目|保障|提高|提升|完成|加强|推进|开展|管理|服务|水平|质量|经费|资金|全年|年度|确保|有效|进一步)/g;

function pairs(text: string): Set<string> {
  const han = text.replace(COMMON, " ").replace(/[^\u4e00-\u9fff]+/g, " ");
  const found = new Set<string>();
  for (const word of han.split(" "))
    for (let i = 0; i + 1 < word.length; i++) found.add(word.slice(i, i + 2));
  return found;
}

const projectText = (project: Project) =>
  [
    project.name,
    project.purpose,
    ...project.goals,
    ...project.indicators.map((r) => r.level3),
  ].join(" ");

export const departmentGoals: Rule = {
  meta: {
    id: "department-goals",
    description:
      "部门整体绩效目标须填写总体目标和分项目标，每个分项目标应有项目与之对应（按文字粗略对照）",
    source: "部门整体绩效目标填报要求",
    severity: "warning",
    messages: {
      overall: "部门整体绩效目标中没有总体绩效目标",
      items: "部门整体绩效目标中没有分项绩效目标",
      unserved: "分项目标“{goal}”看不出由哪个项目承担：请核实是否有项目对应",
    },
  },
  department(context) {
    if (!context.hasOverview) return;
    const { overview, projects } = context.department;
    if (overview.overallGoal.trim() === "")
      context.report({ messageId: "overall", at: context.at("overallGoal") });
    if (overview.itemGoals.length === 0) {
      context.report({ messageId: "items", at: context.at("itemGoals") });
      return;
    }
    const served = projects.map((p) => pairs(projectText(p)));
    for (const goal of overview.itemGoals) {
      const words = pairs(goal);
      if (words.size === 0) continue;
      if (served.some((set) => [...words].some((w) => set.has(w)))) continue;
      context.report({ messageId: "unserved", data: { goal }, at: context.at("itemGoals") });
    }
  },
};
