/**
 * The 汇总 against the project sheets: every project listed once (by its 编码, else its name), its
 * 预算数, 财政资金 and 其他资金 as on its sheet, nothing listed that has no sheet, and the 合计 the
 * sum of the projects. A 汇总 made by the template links to the sheets; an edited one may not.
 */
import type { Project } from "../../model";
import type { SummaryRow } from "../../layout/summary";
import { AMOUNT_TOLERANCE_OPTION, numberOption, Rule } from "../rule";

const FIGURES = [
  ["budget", "预算数"],
  ["fiscalFunds", "财政资金"],
  ["otherFunds", "其他资金"],
] as const;

const money = (v: number | null) => (v === null ? "空" : v.toFixed(2));

/** The project a 汇总 line stands for: by code where both have one, else by name. */
function matches(line: SummaryRow, project: Project): boolean {
  if (line.code !== "" && project.code !== "") return line.code === project.code;
  return line.name === project.name;
}

export const summaryProjects: Rule = {
  meta: {
    id: "summary-projects",
    description: "汇总表须逐个列出各项目表（每个项目一次），金额与项目表一致，合计等于各项目之和",
    source: "部门预算绩效目标汇总",
    severity: "error",
    messages: {
      missing: "项目“{name}”不在汇总表中",
      twice: "项目“{name}”在汇总表中列了 {count} 次",
      unknown: "汇总表中的“{name}”没有对应的项目表",
      amount: "汇总表中“{name}”的{label} {listed} 与项目表的 {actual} 不符",
      total: "汇总表合计的{label} {listed} 与各项目之和 {actual} 不符",
    },
    options: { tolerance: AMOUNT_TOLERANCE_OPTION },
  },
  department(context) {
    const { summary, department } = context;
    if (!summary) return;
    const tolerance = numberOption(context, "tolerance");
    // A figure that reads as empty is no evidence: a 汇总 that links to the sheets reads empty
    // wherever the host has not computed the link (a file saved without results, a fake host).
    const differ = (a: number | null, b: number | null) =>
      a !== null && b !== null && Math.abs(a - b) > tolerance;
    department.projects.forEach((project, p) => {
      const listed = summary.lines.filter((line) => matches(line, project));
      if (listed.length === 0)
        context.report({
          messageId: "missing",
          data: { name: project.name },
          at: context.projectAt(p, "name"),
        });
      if (listed.length > 1)
        context.report({
          messageId: "twice",
          data: { name: project.name, count: listed.length },
          at: context.summaryAt(summary.lines.indexOf(listed[1]), "name"),
        });
      const line = listed[0];
      if (!line) return;
      for (const [field, label] of FIGURES)
        if (differ(line[field], project[field]))
          context.report({
            messageId: "amount",
            data: {
              name: line.name,
              label,
              listed: money(line[field]),
              actual: money(project[field]),
            },
            at: context.summaryAt(summary.lines.indexOf(line), field),
          });
    });
    summary.lines.forEach((line, i) => {
      if (!department.projects.some((project) => matches(line, project)))
        context.report({
          messageId: "unknown",
          data: { name: line.name },
          at: context.summaryAt(i, "name"),
        });
    });
    if (!summary.total) return;
    for (const [field, label] of FIGURES) {
      const sum = department.projects.reduce((s, project) => s + (project[field] ?? 0), 0);
      const listed = summary.total[field];
      if (listed !== null && Math.abs(listed - sum) > tolerance)
        context.report({
          messageId: "total",
          data: { label, listed: money(listed), actual: money(sum) },
          at: context.summaryAt(undefined, field),
        });
    }
  },
};
